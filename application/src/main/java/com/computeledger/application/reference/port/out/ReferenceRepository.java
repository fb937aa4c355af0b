package com.computeledger.application.reference.port.out;

import java.util.List;
import java.util.Optional;

/** Out-port shape shared by providers and accelerators: entries identified by a slug, added and never changed. */
public interface ReferenceRepository<E, I> {

    /** Stores a new entry; fails with {@code AlreadyExistsException} when its id is taken. */
    void insert(E entry);

    Optional<E> findById(I id);

    /** Every entry, ordered by id. */
    List<E> findAll();
}
