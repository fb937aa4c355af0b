package com.computeledger.architecture.badexample.domain;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks 'domain-is-pure': a domain class that reaches for Jackson. */
public class DomainUsingJackson {

    public String json(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }
}
