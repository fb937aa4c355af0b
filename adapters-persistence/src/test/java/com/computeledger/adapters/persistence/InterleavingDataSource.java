package com.computeledger.adapters.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A data source whose connections run a piece of work once, just before preparing the first statement whose SQL
 * contains a marker: a write committed on another connection in the middle of a read, at a chosen statement.
 */
public final class InterleavingDataSource {

    private InterleavingDataSource() {
    }

    /** {@code data}, whose connections run {@code between} (once) before preparing SQL that contains {@code marker}. */
    public static DataSource runningBefore(String marker, AtomicReference<Runnable> between, DataSource data) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (self, method, args) -> {
                    Object result = call(data, method, args);
                    return result instanceof Connection connection ? interleaving(marker, between, connection) : result;
                });
    }

    private static Connection interleaving(String marker, AtomicReference<Runnable> between, Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> {
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).contains(marker)) {
                        Optional.ofNullable(between.getAndSet(null)).ifPresent(Runnable::run);
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
