package com.computeledger.application.error;

/** The requested provider, accelerator, deal or API key does not exist. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " '" + id + "' does not exist", null, false, false);
    }
}
