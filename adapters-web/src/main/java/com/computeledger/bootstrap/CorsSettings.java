package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;

/** The browser origins whose pages may call the API (CORS), written exactly; none by default. */
public class CorsSettings {

    private List<@Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?",
            message = "must be an origin such as https://app.example.com: scheme, host, port; no path or wildcard")
            String> allowedOrigins = List.of();

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    /** A YAML list, or one text of comma-separated origins as the environment variable gives it; empty: none. */
    @JsonProperty
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public void setAllowedOrigins(List<String> origins) {
        this.allowedOrigins = origins == null ? List.of() : origins.stream()
                .flatMap(entry -> Arrays.stream(entry.split(",")))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}
