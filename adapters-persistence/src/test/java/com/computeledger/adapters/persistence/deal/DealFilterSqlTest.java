package com.computeledger.adapters.persistence.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A filter's statement written for plain JDBC: each named parameter a {@code ?}, the values in the order named. */
class DealFilterSqlTest {

    private static final DealFilter FILTER = new DealFilter(Optional.of(new ProviderId("aws")),
            Optional.of(Customer.of("OpenAI")), Set.of(DealStatus.ACTIVE, DealStatus.ANNOUNCED),
            Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty());

    @Test
    void writesEachNamedParameterAsAPlaceholderAndGivesItsValuesInOrder() {
        DealFilterSql sql = DealFilterSql.of(FILTER)
                .add("d.announced_on <= :afterKey and (d.announced_on < :afterKey or d.id < :afterId)",
                        Map.of("afterKey", LocalDate.of(2025, 6, 30), "afterId", "id-7"))
                .with("limit", 21);
        String statement = "select d.id from deal d" + sql.where() + " order by d.announced_on desc limit :limit";

        assertThat(sql.positional(statement)).isEqualTo("select d.id from deal d where d.provider_id = ?"
                + " and d.customer_key = ? and d.announced_on >= ? and d.status in (?, ?)"
                + " and d.announced_on <= ? and (d.announced_on < ? or d.id < ?) order by d.announced_on desc limit ?");
        assertThat(sql.values(statement)).containsExactly("aws", "openai", LocalDate.of(2025, 1, 1), "ANNOUNCED",
                "ACTIVE", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), "id-7", 21);
    }

    @Test
    void aParameterWithoutAValueIsAMistakeNotANull() {
        DealFilterSql sql = DealFilterSql.of(DealFilter.ALL);

        assertThatThrownBy(() -> sql.values("select d.id from deal d limit :limit"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":limit");
    }
}
