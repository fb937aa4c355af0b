package com.computeledger.application.reference.service;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.port.out.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Register, list and get for reference data identified by a slug (providers, accelerators); one transaction each. */
abstract class ReferenceDataService<E, I> {

    private final String resource;
    private final Function<E, I> idOf;
    private final Function<I, Optional<E>> findById;
    private final Consumer<E> insert;
    private final Supplier<List<E>> findAll;
    private final UnitOfWork unitOfWork;

    ReferenceDataService(String resource, Function<E, I> idOf, Function<I, Optional<E>> findById, Consumer<E> insert,
                         Supplier<List<E>> findAll, UnitOfWork unitOfWork) {
        this.resource = resource;
        this.idOf = idOf;
        this.findById = findById;
        this.insert = insert;
        this.findAll = findAll;
        this.unitOfWork = unitOfWork;
    }

    public E register(E entry) {
        return unitOfWork.inTransaction(() -> {
            if (findById.apply(idOf.apply(entry)).isPresent()) {
                throw new AlreadyExistsException(resource, idOf.apply(entry));
            }
            insert.accept(entry);
            return entry;
        });
    }

    public List<E> list() {
        return unitOfWork.inTransaction(findAll);
    }

    public E get(I id) {
        return unitOfWork.inTransaction(() -> findById.apply(id).orElseThrow(() -> new NotFoundException(resource, id)));
    }
}
