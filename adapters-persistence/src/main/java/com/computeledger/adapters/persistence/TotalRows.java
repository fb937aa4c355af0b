package com.computeledger.adapters.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What the running totals (provider, day and ramp totals, purchase totals) share: the order their rows are written in,
 * so that two transactions touching the same rows take their locks alike and cannot deadlock, and batched writes.
 */
public final class TotalRows {

    /** Keys (dates and strings) compared element by element. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<List<Object>> KEY_ORDER = (left, right) -> {
        for (int i = 0; i < left.size(); i++) {
            int order = ((Comparable) left.get(i)).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private TotalRows() {
    }

    /** Runs each statement as one batch over {@code rows}, bound by their component names (or keys of a map). */
    @SuppressWarnings("unchecked")
    public static void batch(Handle handle, List<String> statements, List<?> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (String statement : statements) {
            PreparedBatch batch = handle.prepareBatch(statement);
            rows.forEach(row -> {
                if (row instanceof Map<?, ?> values) {
                    batch.bindMap((Map<String, ?>) values).add();
                } else {
                    batch.bindMethods(row).add();
                }
            });
            batch.execute();
        }
    }
}
