package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;

/** What an organisation earns in a year at its current pace, as of a date, with its confidence and source. */
public record RevenueRunRate(OrganisationId organisation, Money annualRevenue, LocalDate asOf,
                             ValueConfidence confidence, Source source) {

    public RevenueRunRate {
        Require.present(organisation, "organisation");
        Require.present(annualRevenue, "annualRevenue");
        Require.present(asOf, "asOf");
        Require.present(confidence, "confidence");
        Require.present(source, "source");
    }

    /** Fails naming every field that may not be written: a positive revenue, a date in the calendar, a valid source. */
    public void checkWriteRules() {
        Violations violations = new Violations();
        violations.check(annualRevenue.amount().signum() > 0, "annualRevenue", "must be positive");
        violations.check(annualRevenue.amount().compareTo(DealValue.MAX_AMOUNT) <= 0,
                "annualRevenue", "must be at most " + DealValue.MAX_AMOUNT.toPlainString()
                        + " USD");
        violations.date(asOf, "asOf");
        source.checkRules("source", violations);
        violations.throwIfAny();
    }
}
