package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/**
 * The API port's rate limit, per client address and per API key: a steady rate, a burst above it, and how
 * many clients are tracked at once. On by default with limits no well-behaved client reaches.
 */
public class RateLimitSettings {

    private boolean enabled = true;

    @Min(1)
    private int requestsPerSecond = 50;

    @Min(1)
    private int burst = 100;

    @Min(1)
    private int maxClients = 10_000;

    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @JsonProperty
    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    @JsonProperty
    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    @JsonProperty
    public int getBurst() {
        return burst;
    }

    @JsonProperty
    public void setBurst(int burst) {
        this.burst = burst;
    }

    @JsonProperty
    public int getMaxClients() {
        return maxClients;
    }

    @JsonProperty
    public void setMaxClients(int maxClients) {
        this.maxClients = maxClients;
    }
}
