package com.computeledger.adapters.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows as records whose components are the columns, in order: {@link #columns} writes the select list from the
 * components ({@code customerKey} is the column {@code customer_key}), and {@link #reader} reads a row into the
 * record by position for {@link JdbcQueries}. The reflection is done once per record type, not
 * per query as JDBI's {@code ConstructorMapper} does (its per-query matching of column names cost a third of a read
 * by id).
 */
public final class RecordRows {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(long.class, Long.class, int.class, Integer.class,
            boolean.class, Boolean.class);

    private RecordRows() {
    }

    /** The columns of {@code type}'s components, in order, each with {@code prefix} ({@code "d."} or empty). */
    public static String columns(Class<? extends Record> type, String prefix) {
        return Arrays.stream(type.getRecordComponents()).map(component -> prefix + column(component.getName()))
                .collect(Collectors.joining(", "));
    }

    /** The column that holds {@code component}: {@code customerKey} is in {@code customer_key}. */
    public static String column(String component) {
        return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** Reads a row selected by {@link #columns} into a {@code type}, for a plain JDBC query ({@link JdbcQueries}). */
    public static <R extends Record> RowReader<R> reader(Class<R> type) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Class<?>[] columnTypes = Arrays.stream(types).map(component -> BOXED.getOrDefault(component, component))
                .toArray(Class<?>[]::new);
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException notARecord) {
            throw new IllegalArgumentException(type + " has no canonical constructor", notARecord);
        }
        // The access check once here, not on every row.
        constructor.setAccessible(true);
        return row -> {
            Object[] values = new Object[columnTypes.length];
            for (int index = 0; index < columnTypes.length; index++) {
                values[index] = row.getObject(index + 1, columnTypes[index]);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException failure) {
                throw new SQLException("cannot read a row into " + type.getSimpleName(), failure);
            }
        };
    }

    /** Reads the current row of a result set into a value. */
    @FunctionalInterface
    public interface RowReader<R> {

        /** The value of {@code row}'s current row. */
        R read(ResultSet row) throws SQLException;
    }
}
