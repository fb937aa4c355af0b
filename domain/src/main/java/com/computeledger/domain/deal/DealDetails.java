package com.computeledger.domain.deal;

import com.computeledger.domain.accelerator.AcceleratorId;
import com.computeledger.domain.provider.ProviderId;
import com.computeledger.domain.shared.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything about a deal that a revision may change: the parties, dates, term, value and its
 * confidence, commitments, expansion window and sources. Cross-field invariants live here.
 */
public record DealDetails(
        Customer customer,
        ProviderId providerId,
        LocalDate announcedOn,
        Term term,
        DealValue value,
        ValueConfidence valueConfidence,
        List<ComputeCommitment> commitments,
        Optional<ExpansionWindow> expansion,
        List<Source> sources) {

    public static final int MAX_COMMITMENTS = 20;
    public static final int MAX_SOURCES = 20;

    public DealDetails {
        Require.present(customer, "customer");
        Require.present(providerId, "providerId");
        Require.present(announcedOn, "announcedOn");
        Require.present(term, "term");
        Require.present(value, "value");
        Require.present(valueConfidence, "valueConfidence");
        commitments = List.copyOf(Require.atMost(commitments, MAX_COMMITMENTS, "commitments"));
        Require.present(expansion, "expansion");
        sources = List.copyOf(Require.atMost(sources, MAX_SOURCES, "sources"));
        requireOneCommitmentPerAccelerator(commitments);
        requireFullCapacityNotBeforeStart(commitments, term);
        expansion.ifPresent(window -> Require.that(!window.through().isBefore(announcedOn), "expansion.through",
                "must not be before the announcement on " + announcedOn));
    }

    /** The accelerators named by this deal's commitments. */
    public Set<AcceleratorId> acceleratorIds() {
        Set<AcceleratorId> ids = new HashSet<>();
        commitments.forEach(commitment -> ids.add(commitment.acceleratorId()));
        return ids;
    }

    /** The fields whose readable value differs between {@code previous} (empty for a new deal) and this. */
    public List<FieldChange> changesSince(Optional<DealDetails> previous) {
        Map<String, Optional<String>> before = previous.map(DealDetails::describe).orElseGet(Map::of);
        List<FieldChange> changes = new ArrayList<>();
        describe().forEach((field, after) -> {
            Optional<String> old = before.getOrDefault(field, Optional.empty());
            if (!old.equals(after)) {
                changes.add(new FieldChange(field, old, after));
            }
        });
        return changes;
    }

    private Map<String, Optional<String>> describe() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("customer", Optional.of(customer.name()));
        fields.put("providerId", Optional.of(providerId.value()));
        fields.put("announcedOn", Optional.of(announcedOn.toString()));
        fields.put("term.start", term.start().map(LocalDate::toString));
        fields.put("term.durationMonths", term.durationMonths().map(String::valueOf));
        fields.put("value", Optional.of(value.toString()));
        fields.put("valueConfidence", Optional.of(valueConfidence.name()));
        fields.put("commitments", joined(commitments, ComputeCommitment::toString));
        fields.put("expansion", expansion.map(ExpansionWindow::toString));
        fields.put("sources", joined(sources, Source::toString));
        return fields;
    }

    private static <T> Optional<String> joined(List<T> items, Function<T, String> text) {
        return items.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", items.stream().map(text).toList()));
    }

    private static void requireOneCommitmentPerAccelerator(List<ComputeCommitment> commitments) {
        Set<AcceleratorId> seen = new HashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            AcceleratorId id = commitments.get(i).acceleratorId();
            Require.that(seen.add(id), "commitments[" + i + "].acceleratorId",
                    "names " + id + " twice; merge the two commitments into one");
        }
    }

    private static void requireFullCapacityNotBeforeStart(List<ComputeCommitment> commitments, Term term) {
        term.start().ifPresent(start -> {
            for (int i = 0; i < commitments.size(); i++) {
                int index = i;
                commitments.get(i).fullCapacityBy().ifPresent(date -> Require.that(!date.isBefore(start),
                        "commitments[" + index + "].fullCapacityBy",
                        "must not be before the term starts on " + start));
            }
        });
    }
}
