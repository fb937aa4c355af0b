package com.computeledger.domain.deal;

import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
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
 * confidence, commitments, expansion window and sources.
 *
 * <p>Construction only requires every part to be present, so details stored under older rules are read
 * back as they are. What may be written — each part's own rules and the cross-field ones — is checked by
 * {@link #checkWriteRules}, which {@link Deal} runs before it records or revises.
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
        commitments = List.copyOf(Require.noNulls(commitments, "commitments"));
        Require.present(expansion, "expansion");
        sources = List.copyOf(Require.noNulls(sources, "sources"));
    }

    /**
     * Fails naming every field that may not be written: the parts' own rules, then the rules between fields
     * (those are checked only where the fields they compare passed their own, so they may come second).
     */
    public void checkWriteRules() {
        Violations violations = new Violations();
        customer.checkRules(violations);
        boolean announcedOnValid = violations.date(announcedOn, "announcedOn");
        term.checkRules(violations);
        value.checkRules(violations);
        violations.check(commitments.size() <= MAX_COMMITMENTS, "commitments",
                "must hold at most " + MAX_COMMITMENTS + " entries");
        for (int i = 0; i < commitments.size(); i++) {
            commitments.get(i).checkRules("commitments[" + i + "]", violations);
        }
        expansion.ifPresent(window -> window.checkRules(violations));
        violations.check(sources.size() <= MAX_SOURCES, "sources", "must hold at most " + MAX_SOURCES + " entries");
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).checkRules("sources[" + i + "]", violations);
        }
        checkOneCommitmentPerAccelerator(violations);
        term.start().filter(LedgerCalendar::contains).ifPresent(start -> checkFullCapacityNotBefore(start, violations));
        expansion.filter(window -> announcedOnValid && LedgerCalendar.contains(window.through()))
                .ifPresent(window -> violations.check(!window.through().isBefore(announcedOn), "expansion.through",
                        "must not be before the announcement on " + announcedOn));
        violations.throwIfAny();
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

    private void checkOneCommitmentPerAccelerator(Violations violations) {
        Set<AcceleratorId> seen = new HashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            AcceleratorId id = commitments.get(i).acceleratorId();
            violations.check(seen.add(id), "commitments[" + i + "].acceleratorId",
                    "names " + id + " twice; merge the two commitments into one");
        }
    }

    private void checkFullCapacityNotBefore(LocalDate start, Violations violations) {
        for (int i = 0; i < commitments.size(); i++) {
            int index = i;
            commitments.get(i).fullCapacityBy().filter(LedgerCalendar::contains)
                    .ifPresent(date -> violations.check(!date.isBefore(start), "commitments[" + index
                            + "].fullCapacityBy", "must not be before the term starts on " + start));
        }
    }
}
