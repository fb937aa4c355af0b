package com.computeledger.adapters.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Records each statement a test picks and H2's plan of it, explained with the values bound to it, as it runs on a
 * connection of the data source {@link #recording} wraps: statements run through JDBI and through plain JDBC alike.
 */
public final class PlansOfStatements {

    private final Predicate<String> picked;
    private final List<String> statements = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();

    public PlansOfStatements(Predicate<String> picked) {
        this.picked = picked;
    }

    /** {@code database}, each statement picked on its connections explained before it runs. */
    public DataSource recording(DataSource database) {
        return proxy(DataSource.class, database, (method, args, result) ->
                result instanceof Connection connection ? recording(connection) : result);
    }

    /** The statements picked, in the order they ran. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** H2's plan of each statement picked, in the same order. */
    public List<String> plans() {
        return List.copyOf(plans);
    }

    private Connection recording(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return recording(statement, (String) args[0], connection);
            }
            return result;
        });
    }

    /** The statement, its parameters noted as they are set and its plan taken when it is executed. */
    private PreparedStatement recording(PreparedStatement statement, String sql, Connection connection) {
        List<Binding> bindings = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2
                            && args[0] instanceof Integer) {
                        bindings.add(new Binding(method, args));
                    } else if (method.getName().startsWith("execute") && (args == null || args.length == 0)) {
                        explain(sql, connection, bindings);
                    }
                    return invoke(method, statement, args);
                });
    }

    private void explain(String sql, Connection connection, List<Binding> bindings) throws Throwable {
        if (!picked.test(sql)) {
            return;
        }
        statements.add(sql);
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (Binding binding : bindings) {
                invoke(binding.setter(), explain, binding.args());
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                plans.add(plan.getString(1));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, ResultFilter filter) {
        return (T) Proxy.newProxyInstance(PlansOfStatements.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> filter.apply(method, args, invoke(method, target, args)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** What a proxy returns instead of the result of {@code method} called with {@code args}. */
    private interface ResultFilter {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    /** One {@code setXxx(index, value…)} call on a statement, to repeat on its {@code explain}. */
    private record Binding(Method setter, Object[] args) {
    }
}
