package com.computeledger.application.error;

/** A registration names an id that is already taken. */
public final class AlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlreadyExistsException(String resource, Object id) {
        super(resource + " '" + id + "' already exists", null, false, false);
    }
}
