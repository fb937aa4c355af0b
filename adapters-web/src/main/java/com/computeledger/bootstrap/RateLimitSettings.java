package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/**
 * The API port's rate limit, per client address and per API key: a steady rate, a burst above it, and how
 * many clients are tracked at once. On by default with limits no well-behaved client reaches.
 */
public class RateLimitSettings {

    @JsonProperty
    private boolean enabled = true;

    @Min(1)
    @JsonProperty
    private int requestsPerSecond = 50;

    @Min(1)
    @JsonProperty
    private int burst = 100;

    @Min(1)
    @JsonProperty
    private int maxClients = 10_000;

    public boolean isEnabled() {
        return enabled;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public int getBurst() {
        return burst;
    }

    public int getMaxClients() {
        return maxClients;
    }
}
