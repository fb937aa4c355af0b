package com.computeledger.adapters.persistence.deal;

import com.computeledger.domain.deal.DealFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link DealFilter} as SQL over the alias {@code d} of table {@code deal}: fixed condition fragments
 * chosen by Java code and named parameters for every value, so no request text ever becomes SQL.
 */
public final class DealFilterSql {

    private static final Pattern NAMED_PARAMETER = Pattern.compile(":(\\w+)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private DealFilterSql() {
    }

    public static DealFilterSql of(DealFilter filter) {
        DealFilterSql sql = new DealFilterSql();
        filter.providerId().ifPresent(id -> sql.add("d.provider_id = :providerId", Map.of("providerId", id.value())));
        filter.customer().ifPresent(customer -> sql.add("d.customer_key = :customerKey",
                Map.of("customerKey", customer.key())));
        filter.announcedFrom().ifPresent(from -> sql.add("d.announced_on >= :announcedFrom",
                Map.of("announcedFrom", from)));
        filter.announcedTo().ifPresent(to -> sql.add("d.announced_on <= :announcedTo", Map.of("announcedTo", to)));
        Map<String, Object> statuses = new LinkedHashMap<>();
        filter.statuses().stream().sorted().forEach(status -> statuses.put("status" + status.ordinal(), status.name()));
        if (!statuses.isEmpty()) {
            sql.add("d.status in (:" + String.join(", :", statuses.keySet()) + ")", statuses);
        }
        return sql;
    }

    /** Adds a condition and the values of the parameters it names. */
    public DealFilterSql add(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Adds the value of a parameter the statement names outside the conditions (a page's limit). */
    public DealFilterSql with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code where ...}, or nothing when there is no condition. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Query bind(Query query) {
        parameters.forEach(query::bind);
        return query;
    }

    /** {@code sql}, which names this filter's parameters, with each of them written as {@code ?} for plain JDBC. */
    public String positional(String sql) {
        return NAMED_PARAMETER.matcher(sql).replaceAll("?");
    }

    /** The values of the parameters {@code sql} names, in the order it names them: those of {@link #positional}. */
    public Object[] values(String sql) {
        return NAMED_PARAMETER.matcher(sql).results().map(name -> {
            Object value = parameters.get(name.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for :" + name.group(1) + " in " + sql);
            }
            return value;
        }).toArray();
    }
}
