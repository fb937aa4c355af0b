package db.migration;

import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the capacity ramps per provider over all announcement days, filled from {@code day_ramps} (ADR 0022). */
public class V7__ramp_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ProviderTotals.createRampTotals(context.getConnection());
    }
}
