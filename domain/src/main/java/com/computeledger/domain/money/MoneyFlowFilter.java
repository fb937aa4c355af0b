package com.computeledger.domain.money;

import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;
import java.util.Optional;

/** Which flows a listing or an analysis covers: a kind, an organisation (paying or paid), announced from/to (inclusive). */
public record MoneyFlowFilter(Optional<MoneyFlowKind> kind, Optional<OrganisationId> organisation,
                              Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final MoneyFlowFilter ALL = new MoneyFlowFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public MoneyFlowFilter {
        Require.present(kind, "kind");
        Require.present(organisation, "organisation");
        Require.present(from, "from");
        Require.present(to, "to");
        if (from.isPresent() && to.isPresent()) {
            Require.that(!to.get().isBefore(from.get()), "to", "must not be before from");
        }
    }
}
