package com.computeledger.domain.shared;

/** Base of every rule the domain refuses to break; each subtype is one entry of the error catalogue. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
