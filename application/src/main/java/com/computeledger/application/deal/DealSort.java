package com.computeledger.application.deal;

/** The orders a deal listing can take; ties are always broken by deal id in the same direction. */
public enum DealSort {
    ANNOUNCED_ON_ASC("announcedOn"),
    ANNOUNCED_ON_DESC("-announcedOn"),
    RECORDED_AT_ASC("recordedAt"),
    RECORDED_AT_DESC("-recordedAt"),
    CUSTOMER_ASC("customer"),
    CUSTOMER_DESC("-customer");

    /** The order used when a listing names none: newest announcements first. */
    public static final DealSort DEFAULT = ANNOUNCED_ON_DESC;

    private final String parameter;

    DealSort(String parameter) {
        this.parameter = parameter;
    }

    /** How clients spell this order: the field name, prefixed with '-' for descending. */
    public String parameter() {
        return parameter;
    }

    public boolean descending() {
        return parameter.startsWith("-");
    }
}
