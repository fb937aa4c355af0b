package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the admin port offers its diagnostics (thread dump, CPU profile, metrics, tasks); off by default. */
public class AdminDiagnosticsSettings {

    @JsonProperty
    private boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}
