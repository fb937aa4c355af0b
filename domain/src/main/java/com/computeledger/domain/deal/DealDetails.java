package com.computeledger.domain.deal;

import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        checkWriteRules(customer, announcedOn, term, value, commitments, expansion, sources, violations);
        violations.throwIfAny();
    }

    /**
     * Records the write-rule violations of the parts of a deal still being read from a request. A part given as
     * null (or a null entry of a list) could not be built and is skipped, with the rules that compare it to another
     * part; so a request's reader can name every invalid field at once, not one per round trip.
     */
    public static void checkWriteRules(Customer customer, LocalDate announcedOn, Term term, DealValue value,
                                       List<ComputeCommitment> commitments, Optional<ExpansionWindow> expansion,
                                       List<Source> sources, Violations violations) {
        if (customer != null) {
            customer.checkRules(violations);
        }
        boolean announcedOnValid = announcedOn != null && violations.date(announcedOn, "announcedOn");
        if (term != null) {
            term.checkRules(violations);
        }
        if (value != null) {
            value.checkRules(violations);
        }
        violations.check(commitments.size() <= MAX_COMMITMENTS, "commitments",
                "must hold at most " + MAX_COMMITMENTS + " entries");
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i) != null) {
                commitments.get(i).checkRules("commitments[" + i + "]", violations);
            }
        }
        Optional<ExpansionWindow> window = expansion == null ? Optional.empty() : expansion;
        window.ifPresent(through -> through.checkRules(violations));
        violations.check(sources.size() <= MAX_SOURCES, "sources", "must hold at most " + MAX_SOURCES + " entries");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null) {
                sources.get(i).checkRules("sources[" + i + "]", violations);
            }
        }
        checkCommitmentsAgainstEachOtherAndTheTerm(term, commitments, violations);
        window.filter(through -> announcedOnValid && LedgerCalendar.contains(through.through()))
                .ifPresent(through -> violations.check(!through.through().isBefore(announcedOn), "expansion.through",
                        "must not be before the announcement on " + announcedOn));
    }

    /** The accelerators named by this deal's commitments, in the order they are named. */
    public Set<AcceleratorId> acceleratorIds() {
        return commitments.stream().map(ComputeCommitment::acceleratorId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The fields whose readable value differs between {@code previous} (empty for a new deal) and this. */
    public List<FieldChange> changesSince(Optional<DealDetails> previous) {
        Map<String, Optional<String>> before = previous.map(DealDetails::describe).orElseGet(Map::of);
        return describe().entrySet().stream()
                .map(field -> new FieldChange(field.getKey(), before.getOrDefault(field.getKey(), Optional.empty()),
                        field.getValue()))
                .filter(change -> !change.before().equals(change.after()))
                .toList();
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
        fields.put("commitments", joined(commitments));
        fields.put("expansion", expansion.map(ExpansionWindow::toString));
        fields.put("sources", joined(sources));
        return fields;
    }

    private static Optional<String> joined(List<?> items) {
        return items.isEmpty() ? Optional.empty()
                : Optional.of(items.stream().map(Object::toString).collect(Collectors.joining("; ")));
    }

    /** Each accelerator committed once; full capacity not before the term starts (where both dates are valid). */
    private static void checkCommitmentsAgainstEachOtherAndTheTerm(Term term, List<ComputeCommitment> commitments,
                                                                   Violations violations) {
        Set<AcceleratorId> seen = new HashSet<>();
        Optional<LocalDate> start = term == null ? Optional.empty() : term.start().filter(LedgerCalendar::contains);
        for (int i = 0; i < commitments.size(); i++) {
            ComputeCommitment commitment = commitments.get(i);
            if (commitment == null) {
                continue;
            }
            violations.check(seen.add(commitment.acceleratorId()), "commitments[" + i + "].acceleratorId",
                    "names " + commitment.acceleratorId() + " twice; merge the two commitments into one");
            Optional<LocalDate> fullBy = commitment.fullCapacityBy().filter(LedgerCalendar::contains);
            if (start.isPresent() && fullBy.isPresent()) {
                violations.check(!fullBy.get().isBefore(start.get()), "commitments[" + i + "].fullCapacityBy",
                        "must not be before the term starts on " + start.get());
            }
        }
    }
}
