package com.computeledger.architecture.badexample.adapters.persistence;

import com.computeledger.architecture.badexample.adapters.web.ResourceUsingRepository;

/** Breaks 'adapters-are-independent': a DAO that knows a web resource. */
public class ExampleDao {

    public String find() {
        return ResourceUsingRepository.class.getSimpleName();
    }
}
