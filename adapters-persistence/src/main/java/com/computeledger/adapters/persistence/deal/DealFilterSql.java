package com.computeledger.adapters.persistence.deal;

import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link DealFilter} as SQL over the alias {@code d} of table {@code deal}: fixed condition fragments
 * chosen by Java code and named parameters for every value, so no request text ever becomes SQL.
 */
public final class DealFilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private DealFilterSql() {
    }

    public static DealFilterSql of(DealFilter filter) {
        DealFilterSql sql = new DealFilterSql();
        filter.providerId().ifPresent(id -> sql.add("d.provider_id = :providerId", "providerId", id.value()));
        filter.customer().ifPresent(customer -> sql.add("d.customer_key = :customerKey", "customerKey", customer.key()));
        filter.announcedFrom().ifPresent(from -> sql.add("d.announced_on >= :announcedFrom", "announcedFrom", from));
        filter.announcedTo().ifPresent(to -> sql.add("d.announced_on <= :announcedTo", "announcedTo", to));
        if (!filter.statuses().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (DealStatus status : DealStatus.values()) {
                if (filter.statuses().contains(status)) {
                    String name = "status" + status.ordinal();
                    names.add(":" + name);
                    sql.parameters.put(name, status.name());
                }
            }
            sql.conditions.add("d.status in (" + String.join(", ", names) + ")");
        }
        return sql;
    }

    /** Adds a condition whose only parameter is {@code name}. */
    public DealFilterSql add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition and the values of the parameters it names. */
    public DealFilterSql add(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
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
}
