package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the admin port offers its diagnostics (thread dump, CPU profile, metrics, tasks); off by default. */
public class AdminDiagnosticsSettings {

    private boolean enabled;

    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
