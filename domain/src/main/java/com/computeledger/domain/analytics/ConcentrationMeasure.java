package com.computeledger.domain.analytics;

/** What a concentration is weighed by: committed USD value or committed gigawatts. */
public enum ConcentrationMeasure {
    VALUE,
    POWER
}
