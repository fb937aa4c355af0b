package com.computeledger.domain.shared;

/** Base of every rule the domain refuses to break; each subtype is one entry of the error catalogue. */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
