package com.computeledger.domain.deal;

import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which deals a listing or an analysis looks at: by provider, customer (any letter case), status and
 * announcement period (both ends inclusive). An empty status set means every status.
 */
public record DealFilter(
        Optional<ProviderId> providerId,
        Optional<Customer> customer,
        Set<DealStatus> statuses,
        Optional<LocalDate> announcedFrom,
        Optional<LocalDate> announcedTo) {

    public static final DealFilter ALL = new DealFilter(Optional.empty(), Optional.empty(), Set.of(),
            Optional.empty(), Optional.empty());

    public DealFilter {
        Require.present(providerId, "providerId");
        Require.present(customer, "customer");
        Require.present(statuses, "status");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Require.present(announcedFrom, "announcedFrom");
        Require.present(announcedTo, "announcedTo");
        announcedFrom.ifPresent(from -> announcedTo.ifPresent(to -> Require.that(!from.isAfter(to), "announcedFrom",
                "must not be after announcedTo (" + to + ")")));
    }

    /** Every status but {@code CANCELLED}: what analyses look at unless told otherwise. */
    public static Set<DealStatus> notCancelled() {
        return EnumSet.complementOf(EnumSet.of(DealStatus.CANCELLED));
    }

    /** Whether {@code deal} passes this filter (used by in-memory adapters; SQL adapters translate it). */
    public boolean matches(Deal deal) {
        DealDetails details = deal.details();
        return providerId.map(details.providerId()::equals).orElse(true)
                && customer.map(wanted -> wanted.key().equals(details.customer().key())).orElse(true)
                && (statuses.isEmpty() || statuses.contains(deal.status()))
                && announcedFrom.map(from -> !details.announcedOn().isBefore(from)).orElse(true)
                && announcedTo.map(to -> !details.announcedOn().isAfter(to)).orElse(true);
    }
}
