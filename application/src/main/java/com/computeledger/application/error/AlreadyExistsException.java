package com.computeledger.application.error;

/** A registration names an id that is already taken. */
public final class AlreadyExistsException extends RuntimeException {

    public AlreadyExistsException(String resource, Object id) {
        super(resource + " '" + id + "' already exists", null, false, false);
    }
}
