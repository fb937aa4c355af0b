package com.computeledger.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Values that break invariants or write rules, naming every offending field (the first one leads the message). */
public final class InvariantViolationException extends DomainException {

    private final transient List<FieldViolation> violations;

    public InvariantViolationException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    /** All of {@code violations} at once; there must be at least one. */
    public InvariantViolationException(List<FieldViolation> violations) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** The first field (dotted path, as the domain names it) whose value was refused. */
    public String field() {
        return violations.get(0).field();
    }

    /** The first reason, without the field prefix. */
    public String reason() {
        return violations.get(0).reason();
    }

    /** Every refused field with its reason, in the order the rules found them. */
    public List<FieldViolation> violations() {
        return violations;
    }

    /** One refused field and why. */
    public record FieldViolation(String field, String reason) {
        @Override
        public String toString() {
            return field + ": " + reason;
        }
    }
}
