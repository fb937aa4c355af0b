package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.util.Locale;

/** The buyer of the compute, such as OpenAI; two customers are the same whatever the letter case. */
public record Customer(String name) {

    public static final int MAX_LENGTH = 200;

    public Customer {
        name = Require.present(name, "customer").strip();
    }

    /** Records the write rules this name breaks: readable text of 1 to {@link #MAX_LENGTH} characters. */
    void checkRules(Violations violations) {
        violations.text(name, "customer", MAX_LENGTH);
    }

    /** A customer named in a query, checked as a written name is. */
    public static Customer named(String name) {
        return new Customer(Require.text(name, "customer", MAX_LENGTH));
    }

    public static Customer of(String name) {
        return new Customer(name);
    }

    /** The case-folded form used to match and group customers. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
