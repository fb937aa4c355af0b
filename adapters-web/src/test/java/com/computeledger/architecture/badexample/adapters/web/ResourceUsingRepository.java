package com.computeledger.architecture.badexample.adapters.web;

import com.computeledger.architecture.badexample.adapters.persistence.ExampleDao;
import com.computeledger.architecture.badexample.application.port.out.ExampleRepository;
import com.computeledger.architecture.badexample.application.service.ServiceUsingJdbi;

/** Breaks 'web-uses-in-ports' and 'one-composition-root': a resource wired to a repository, a DAO and a service. */
public class ResourceUsingRepository {

    private final ExampleRepository repository;
    private final ExampleDao dao;
    private final ServiceUsingJdbi service;

    public ResourceUsingRepository(ExampleRepository repository, ExampleDao dao, ServiceUsingJdbi service) {
        this.repository = repository;
        this.dao = dao;
        this.service = service;
    }

    public String get() {
        return repository.load() + dao.find() + service.ping();
    }
}
