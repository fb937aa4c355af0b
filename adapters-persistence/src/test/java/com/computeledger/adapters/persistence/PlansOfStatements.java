package com.computeledger.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Records each statement a test picks and H2's plan of it, explained with the values bound to it. */
public final class PlansOfStatements implements SqlLogger {

    private final Predicate<String> picked;
    private final List<String> statements = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();

    public PlansOfStatements(Predicate<String> picked) {
        this.picked = picked;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        String sql = context.getParsedSql().getSql();
        if (!picked.test(sql)) {
            return;
        }
        statements.add(sql);
        try (PreparedStatement explain = context.getConnection().prepareStatement("explain " + sql)) {
            List<String> names = context.getParsedSql().getParameters().getParameterNames();
            for (int position = 0; position < names.size(); position++) {
                context.getBinding().findForName(names.get(position), context).orElseThrow()
                        .apply(position + 1, explain, context);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                plans.add(plan.getString(1));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The statements picked, in the order they ran. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** H2's plan of each statement picked, in the same order. */
    public List<String> plans() {
        return List.copyOf(plans);
    }
}
