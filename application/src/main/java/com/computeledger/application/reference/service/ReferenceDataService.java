package com.computeledger.application.reference.service;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.ReferenceRepository;
import java.util.List;
import java.util.function.Function;

/** Register, list and get for reference data identified by a slug (providers, accelerators); one transaction each. */
abstract class ReferenceDataService<E, I> {

    private final String resource;
    private final Function<E, I> idOf;
    private final ReferenceRepository<E, I> repository;
    private final UnitOfWork unitOfWork;

    ReferenceDataService(String resource, Function<E, I> idOf, ReferenceRepository<E, I> repository,
                         UnitOfWork unitOfWork) {
        this.resource = resource;
        this.idOf = idOf;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
    }

    public E register(E entry) {
        return unitOfWork.inTransaction(() -> {
            if (repository.findById(idOf.apply(entry)).isPresent()) {
                throw new AlreadyExistsException(resource, idOf.apply(entry));
            }
            checkReferences(entry);
            repository.insert(entry);
            return entry;
        });
    }

    /** Fails when {@code entry} names other reference data that is not registered; checked in the same transaction. */
    void checkReferences(E entry) {
    }

    public List<E> list() {
        return unitOfWork.inTransaction(repository::findAll);
    }

    public E get(I id) {
        return unitOfWork.inTransaction(() -> repository.findById(id)
                .orElseThrow(() -> new NotFoundException(resource, id)));
    }
}
