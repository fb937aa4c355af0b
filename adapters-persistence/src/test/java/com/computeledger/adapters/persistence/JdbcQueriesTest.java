package com.computeledger.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.adapters.persistence.JdbcQueries.IdSet;
import com.computeledger.adapters.persistence.RecordRows.RowReader;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcQueriesTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final UUID THIRD = UUID.fromString("00000000-0000-7000-8000-000000000003");
    private static final RowReader<Item> ITEM = RecordRows.reader(Item.class);

    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    /** A row of the test table. */
    public record Item(UUID id, String name, int rank) {
    }

    @BeforeEach
    void setUp() {
        jdbi.useHandle(handle -> {
            handle.execute("create table item (id uuid primary key, name varchar(20) not null, rank int not null)");
            handle.execute("insert into item values (?, 'first', 1), (?, 'second', 2), (?, 'third', 3)",
                    FIRST, SECOND, THIRD);
        });
    }

    @Test
    void readsTheRowsOfASetOfIdsBoundAsOneArray() {
        List<Item> items = jdbi.withHandle(handle -> JdbcQueries.list(handle,
                "select id, name, rank from item where id = any(?) order by rank", ITEM,
                new IdSet(List.of(THIRD, FIRST, UUID.randomUUID()))));

        assertThat(items).containsExactly(new Item(FIRST, "first", 1), new Item(THIRD, "third", 3));
    }

    @Test
    void anIdSetIsLookedUpInTheIndexNotScanned() {
        List<String> plan = jdbi.withHandle(handle -> JdbcQueries.list(handle,
                "explain select id, name, rank from item where id = any(?)", row -> row.getString(1),
                new IdSet(List.of(FIRST, THIRD))));

        assertThat(plan).singleElement().asString().contains("PRIMARY_KEY").doesNotContain("tableScan");
    }

    @Test
    void readsAtMostOneRow() {
        assertThat(itemById(SECOND)).contains(new Item(SECOND, "second", 2));
        assertThat(itemById(UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> jdbi.withHandle(handle -> JdbcQueries.one(handle,
                "select id, name, rank from item where rank > ?", ITEM, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("got 2");
    }

    private Optional<Item> itemById(UUID id) {
        return jdbi.withHandle(handle -> JdbcQueries.one(handle, "select id, name, rank from item where id = ?", ITEM,
                id));
    }

    @Test
    void seesTheWritesOfTheHandlesOpenTransaction() {
        List<Item> seen = jdbi.inTransaction(handle -> {
            handle.execute("insert into item values (?, 'fourth', 4)", UUID.fromString(
                    "00000000-0000-7000-8000-000000000004"));
            List<Item> inside = JdbcQueries.list(handle, "select id, name, rank from item where rank > ?", ITEM, 3);
            handle.rollback();
            return inside;
        });

        assertThat(seen).extracting(Item::name).containsExactly("fourth");
        List<Item> after = jdbi.withHandle(handle -> JdbcQueries.list(handle,
                "select id, name, rank from item where rank > ?", ITEM, 3));
        assertThat(after).isEmpty();
    }

    @Test
    void aFailingStatementLeavesAsJdbisOwnExceptionWithTheDriversCause() {
        assertThatThrownBy(() -> jdbi.withHandle(handle -> JdbcQueries.list(handle, "select nothing from nowhere",
                ITEM)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasCauseInstanceOf(SQLException.class);
    }
}
