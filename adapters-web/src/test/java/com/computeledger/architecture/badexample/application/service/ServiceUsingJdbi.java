package com.computeledger.architecture.badexample.application.service;

import org.jdbi.v3.core.Jdbi;

/** Breaks 'application-is-framework-free': a service that talks to JDBI itself. */
public class ServiceUsingJdbi {

    private final Jdbi jdbi;

    public ServiceUsingJdbi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public int ping() {
        return jdbi.withHandle(handle -> 1);
    }
}
