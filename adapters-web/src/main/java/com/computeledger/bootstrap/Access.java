package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may read: writes always need an API key; reads of the API need a reader key only when this says so. */
public class Access {

    private boolean readsRequireKey;

    @JsonProperty
    public boolean isReadsRequireKey() {
        return readsRequireKey;
    }

    @JsonProperty
    public void setReadsRequireKey(boolean readsRequireKey) {
        this.readsRequireKey = readsRequireKey;
    }
}
