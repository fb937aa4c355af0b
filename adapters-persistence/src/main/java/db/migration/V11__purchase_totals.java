package db.migration;

import com.computeledger.adapters.persistence.money.PurchaseTotals;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the deals' running totals as purchases per customer and provider, filled from the deals (ADR 0032). */
public class V11__purchase_totals extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        PurchaseTotals.create(context.getConnection());
    }
}
