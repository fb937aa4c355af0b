package db.migration;

import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the running totals and capacity ramps per announcement day, filled from the stored deals (docs/adr/0019). */
public class V5__day_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ProviderTotals.createDayTotals(context.getConnection());
    }
}
