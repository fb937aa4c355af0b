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
     * What a listing can be sorted by, declared once: the field's name, its key in a deal, and how a cursor
     * writes that key as text and reads it back typed. A storage adapter adds only the column it sorts on.
     */
    public enum Field {
        ANNOUNCED_ON("announcedOn", deal -> deal.details().announcedOn(), LocalDate::parse),
        RECORDED_AT("recordedAt", Deal::recordedAt, Instant::parse),
        CUSTOMER("customer", deal -> deal.details().customer().key(), text -> Require.text(text, "cursor", 200));

        private final String name;
        private final Function<Deal, Comparable<?>> key;
        private final Function<String, Comparable<?>> parse;

        Field(String name, Function<Deal, Comparable<?>> key, Function<String, Comparable<?>> parse) {
            this.name = name;
            this.key = key;
            this.parse = parse;
        }

        /** The key of {@code deal}, as a cursor carries it. */
        public String keyText(Deal deal) {
            return key.apply(deal).toString();
        }

        /** A cursor's key, typed as the field is; fails on text this field never writes. */
        public Comparable<?> parse(String text) {
            return parse.apply(text);
        }
    }
}
