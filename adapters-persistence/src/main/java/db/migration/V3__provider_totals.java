package db.migration;

import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the running totals per provider and status and fills them from the stored deals (docs/adr/0009). */
public class V3__provider_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ProviderTotals.create(context.getConnection());
    }
}
