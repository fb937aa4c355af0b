package com.computeledger.application.error;

/** The requested provider, accelerator or deal does not exist. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " '" + id + "' does not exist", null, false, false);
        this.resource = resource;
    }

    /** The kind of thing that was looked for ("deal", "provider", "accelerator"). */
    public String resource() {
        return resource;
    }
}
