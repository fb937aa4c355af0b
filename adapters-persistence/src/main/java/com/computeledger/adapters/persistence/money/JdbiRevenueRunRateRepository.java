package com.computeledger.adapters.persistence.money;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The run-rate out-port on the {@code revenue_run_rate} table: one row per organisation and date. */
public final class JdbiRevenueRunRateRepository implements RevenueRunRateRepository {

    private final JdbiUnitOfWork unitOfWork;

    public JdbiRevenueRunRateRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(RevenueRunRate runRate) {
        SqlErrors.insertNew("revenue run rate", runRate.organisation() + " on " + runRate.asOf(),
                () -> unitOfWork.withHandle(handle -> handle.createUpdate("insert into revenue_run_rate"
                                + " (organisation_id, as_of, annual_revenue, currency, confidence, source_title,"
                                + " source_address, source_published_on) values (:organisation, :asOf, :revenue,"
                                + " :currency, :confidence, :title, :address, :publishedOn)")
                        .bind("organisation", runRate.organisation().value()).bind("asOf", runRate.asOf())
                        .bind("revenue", runRate.annualRevenue().amount())
                        .bind("currency", runRate.annualRevenue().currency().getCurrencyCode())
                        .bind("confidence", runRate.confidence().name()).bind("title", runRate.source().title())
                        .bind("address", runRate.source().address().toString())
                        .bind("publishedOn", runRate.source().publishedOn())
                        .execute()));
    }

    @Override
    public List<RevenueRunRate> findAll(OrganisationId organisation) {
        return unitOfWork.withHandle(handle -> handle.createQuery("select as_of, annual_revenue, currency, confidence,"
                        + " source_title, source_address, source_published_on from revenue_run_rate"
                        + " where organisation_id = :organisation order by as_of desc")
                .bind("organisation", organisation.value())
                .map((row, context) -> new RevenueRunRate(organisation,
                        Money.of(row.getBigDecimal("annual_revenue"), row.getString("currency").strip()),
                        row.getObject("as_of", LocalDate.class), ValueConfidence.valueOf(row.getString("confidence")),
                        new Source(row.getString("source_title"), URI.create(row.getString("source_address")),
                                row.getObject("source_published_on", LocalDate.class))))
                .list());
    }
}
