package com.computeledger.adapters.persistence.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listing filtered by status, the dashboard's default among them, walks the index of its sort order on H2 and
 * stops after a page (docs/adr/0031): no index on the status lures H2 into reading every deal of the statuses and
 * sorting them, which took 22 s for the first page at a million deals.
 */
class StatusListingPlanTest {

    @ParameterizedTest
    @ValueSource(strings = {"'CANCELLED'", "'ANNOUNCED', 'ACTIVE', 'COMPLETED'"})
    void aListingByStatusReadsTheIndexOfItsOrder(String statuses) throws SQLException {
        DataSource database = TestDatabases.freshH2();

        String plan = plan(database, "select d.id from deal d where d.status in (" + statuses + ")"
                + " order by d.announced_on desc, d.id desc limit 21");

        assertThat(plan).contains("deal_by_announced_on").contains("index sorted");
    }

    private static String plan(DataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("explain " + query)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
