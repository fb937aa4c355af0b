package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may read: writes always need an API key; reads of the API need a reader key only when this says so. */
public class Access {

    @JsonProperty
    private boolean readsRequireKey;

    public boolean isReadsRequireKey() {
        return readsRequireKey;
    }
}
