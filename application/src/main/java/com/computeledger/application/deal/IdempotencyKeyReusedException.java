package com.computeledger.application.deal;

/** An idempotency key sent again with a different request: the key names another request, so nothing is done. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(IdempotencyKey key) {
        super("'" + key.value() + "' was already used for a different request; "
                + "use a new key for a new deal", null, false, false);
    }
}
