package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything recorded about one flow of money: its kind, who pays whom, when it was announced, over what term, its
 * value (exact, a range for "up to" amounts, or undisclosed) with its confidence, and its sources. The value, term
 * and sources are the deal's own types, held to the same rules (docs/adr/0026).
 */
public record MoneyFlowDetails(
        MoneyFlowKind kind,
        OrganisationId payer,
        OrganisationId payee,
        LocalDate announcedOn,
        Term term,
        DealValue value,
        ValueConfidence valueConfidence,
        List<Source> sources) {

    public static final int MAX_SOURCES = 20;

    public MoneyFlowDetails {
        Require.present(kind, "kind");
        Require.present(payer, "payer");
        Require.present(payee, "payee");
        Require.present(announcedOn, "announcedOn");
        Require.present(term, "term");
        Require.present(value, "value");
        Require.present(valueConfidence, "valueConfidence");
        sources = List.copyOf(Require.noNulls(sources, "sources"));
    }

    /** Fails naming every field that may not be written (see the static form). */
    public void checkWriteRules() {
        Violations violations = new Violations();
        checkWriteRules(payer, payee, announcedOn, term, value, sources, violations);
        violations.throwIfAny();
    }

    /**
     * Records the write-rule violations of the parts of a flow still being read from a request (a part given as
     * null could not be built and is skipped): a payer other than the payee, a date in the ledger's calendar, the
     * term's and value's own rules, and one to {@link #MAX_SOURCES} sources, each valid.
     */
    public static void checkWriteRules(OrganisationId payer, OrganisationId payee, LocalDate announcedOn, Term term,
                                       DealValue value, List<Source> sources, Violations violations) {
        if (payer != null && payee != null) {
            violations.check(!payer.equals(payee), "payee", "must differ from the payer");
        }
        if (announcedOn != null) {
            violations.date(announcedOn, "announcedOn");
        }
        if (term != null) {
            term.checkRules(violations);
        }
        if (value != null) {
            value.checkRules(violations);
        }
        violations.check(!sources.isEmpty(), "sources", "must name at least one source");
        violations.check(sources.size() <= MAX_SOURCES, "sources", "must hold at most " + MAX_SOURCES + " entries");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null) {
                sources.get(i).checkRules("sources[" + i + "]", violations);
            }
        }
    }

    /** The fields whose readable value differs between {@code previous} (empty for a new flow) and this. */
    public List<FieldChange> changesSince(Optional<MoneyFlowDetails> previous) {
        Map<String, Optional<String>> before = previous.map(MoneyFlowDetails::describe).orElseGet(Map::of);
        return describe().entrySet().stream()
                .map(field -> new FieldChange(field.getKey(), before.getOrDefault(field.getKey(), Optional.empty()),
                        field.getValue()))
                .filter(change -> !change.before().equals(change.after()))
                .toList();
    }

    /** The value per year (value / term in years); empty when the value or the term's duration is undisclosed. */
    public Optional<DealValue> annualizedValue() {
        return Optional.of(value).filter(DealValue::isDisclosed)
                .flatMap(disclosed -> term.durationYears().map(disclosed::dividedBy));
    }

    private Map<String, Optional<String>> describe() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("kind", Optional.of(kind.name()));
        fields.put("payer", Optional.of(payer.value()));
        fields.put("payee", Optional.of(payee.value()));
        fields.put("announcedOn", Optional.of(announcedOn.toString()));
        fields.put("term.start", term.start().map(LocalDate::toString));
        fields.put("term.durationMonths", term.durationMonths().map(String::valueOf));
        fields.put("value", Optional.of(value.toString()));
        fields.put("valueConfidence", Optional.of(valueConfidence.name()));
        fields.put("sources", Optional.of(sources.stream().map(Source::toString).collect(Collectors.joining("; ")))
                .filter(text -> !text.isEmpty()));
        return fields;
    }
}
