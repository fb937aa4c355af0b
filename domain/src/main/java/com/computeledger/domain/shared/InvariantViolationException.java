package com.computeledger.domain.shared;

/** A value that breaks an invariant of a value object or entity, naming the offending field. */
public final class InvariantViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvariantViolationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field (dotted path, as the domain names it) whose value was refused. */
    public String field() {
        return field;
    }

    /** The reason without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
