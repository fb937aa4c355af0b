package com.computeledger.application.error;

/** The database cannot be reached right now (down, restarting, unreachable): nothing was stored; retry later. */
public final class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(Throwable cause) {
        super("the database cannot be reached right now; nothing was stored; retry later", cause);
    }
}
