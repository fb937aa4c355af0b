package com.computeledger.application.fake;

import com.computeledger.application.error.AlreadyExistsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/** A thread-safe map of slug-identified entries ordered by id: the shared body of the provider and accelerator fakes. */
class InMemoryReferenceData<E, I> {

    private final String resource;
    private final Function<E, I> idOf;
    private final Function<I, String> slugOf;
    private final Map<String, E> entries = new ConcurrentSkipListMap<>();

    InMemoryReferenceData(String resource, Function<E, I> idOf, Function<I, String> slugOf) {
        this.resource = resource;
        this.idOf = idOf;
        this.slugOf = slugOf;
    }

    public void insert(E entry) {
        I id = idOf.apply(entry);
        if (entries.putIfAbsent(slugOf.apply(id), entry) != null) {
            throw new AlreadyExistsException(resource, id);
        }
    }

    public Optional<E> findById(I id) {
        return Optional.ofNullable(entries.get(slugOf.apply(id)));
    }

    public List<E> findAll() {
        return List.copyOf(entries.values());
    }
}
