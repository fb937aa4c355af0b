package com.computeledger.application.reference.service;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.ReferenceRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Register, restore, list and get for reference data identified by a slug; one transaction each. */
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
            insert(entry);
            return entry;
        });
    }

    /**
     * Registers an entry from a backup: true when it was stored, false when the same entry is registered already;
     * fails with {@code AlreadyExistsException} when its id is registered with other content (that one is kept).
     */
    public boolean restore(E entry) {
        return unitOfWork.inTransaction(() -> {
            Optional<E> registered = repository.findById(idOf.apply(entry));
            if (registered.isPresent()) {
                if (registered.get().equals(entry)) {
                    return false;
                }
                throw new AlreadyExistsException(resource, idOf.apply(entry));
            }
            insert(entry);
            return true;
        });
    }

    private void insert(E entry) {
        checkReferences(entry);
        repository.insert(entry);
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
