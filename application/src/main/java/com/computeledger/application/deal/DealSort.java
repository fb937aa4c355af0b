package com.computeledger.application.deal;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** The orders a deal listing can take; ties are always broken by deal id in the same direction. */
public enum DealSort {
    ANNOUNCED_ON_ASC(Field.ANNOUNCED_ON, false),
    ANNOUNCED_ON_DESC(Field.ANNOUNCED_ON, true),
    RECORDED_AT_ASC(Field.RECORDED_AT, false),
    RECORDED_AT_DESC(Field.RECORDED_AT, true),
    CUSTOMER_ASC(Field.CUSTOMER, false),
    CUSTOMER_DESC(Field.CUSTOMER, true);

    /** The order used when a listing names none: newest announcements first. */
    public static final DealSort DEFAULT = ANNOUNCED_ON_DESC;

    private final Field field;
    private final boolean descending;

    DealSort(Field field, boolean descending) {
        this.field = field;
        this.descending = descending;
    }

    public Field field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    /** How clients spell this order: the field name, prefixed with '-' for descending. */
    public String parameter() {
        return (descending ? "-" : "") + field.name;
    }

    /**
     * What a listing can be sorted by, declared once: the field's name, the type of its key, its key in a deal, and
     * how a cursor's text is read back as that type. A storage adapter adds only the column it sorts on.
     */
    public enum Field {
        ANNOUNCED_ON("announcedOn", LocalDate.class, deal -> deal.details().announcedOn(), LocalDate::parse),
        RECORDED_AT("recordedAt", Instant.class, Deal::recordedAt, Instant::parse),
        CUSTOMER("customer", String.class, deal -> deal.details().customer().key(),
                text -> Require.text(text, "cursor", 200));

        private final String name;
        private final Class<? extends Comparable<?>> type;
        private final Function<Deal, Comparable<?>> key;
        private final Function<String, Comparable<?>> parse;

        Field(String name, Class<? extends Comparable<?>> type, Function<Deal, Comparable<?>> key,
              Function<String, Comparable<?>> parse) {
            this.name = name;
            this.type = type;
            this.key = key;
            this.parse = parse;
        }

        /** The key of {@code deal} in this field's order. */
        public Comparable<?> keyOf(Deal deal) {
            return key.apply(deal);
        }

        /** Whether {@code key} has this field's type. */
        public boolean holds(Comparable<?> key) {
            return type.isInstance(key);
        }

        /** A key written as text ({@code toString}), typed as the field is; fails on text this field never writes. */
        public Comparable<?> parse(String text) {
            return parse.apply(text);
        }
    }
}
