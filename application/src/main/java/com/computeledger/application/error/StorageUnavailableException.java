package com.computeledger.application.error;

/** The database cannot be reached right now (down, restarting, unreachable): nothing was stored; retry later. */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(Throwable cause) {
        super("the database cannot be reached right now; nothing was stored; retry later", cause);
    }
}
