package com.computeledger.adapters.web.money;

import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowRequest;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowResponse;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Slug;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;
import java.util.List;

/** Maps money-flow JSON to the domain and back, reading every field before the first failure, as deals are read. */
public final class MoneyFlowJsonMapping {

    private MoneyFlowJsonMapping() {
    }

    /** The details of a request; one 422 names every invalid field by its JSON path. */
    public static MoneyFlowDetails toDetails(MoneyFlowRequest request) {
        Require.present(request, "body");
        Violations violations = new Violations();
        MoneyFlowKind kind = violations.attempt(() -> Require.present(request.kind(), "kind"));
        OrganisationId payer = violations.attempt(() -> new OrganisationId(Slug.require(request.payer(), "payer")));
        OrganisationId payee = violations.attempt(() -> new OrganisationId(Slug.require(request.payee(), "payee")));
        LocalDate announcedOn = violations.attempt(() -> Require.present(request.announcedOn(), "announcedOn"));
        Term term = violations.attempt(() -> DealJsonMapping.term(request.term()));
        DealValue value = violations.attempt(() -> DealJsonMapping.value(Require.present(request.value(), "value")));
        ValueConfidence confidence = violations.attempt(() -> Require.present(request.valueConfidence(),
                "valueConfidence"));
        List<Source> sources = DealJsonMapping.indexed("sources", request.sources(), DealJsonMapping::source,
                violations);
        MoneyFlowDetails.checkWriteRules(payer, payee, announcedOn, term, value, sources, violations);
        violations.throwIfAny();
        return new MoneyFlowDetails(kind, payer, payee, announcedOn, term, value, confidence, sources);
    }

    public static MoneyFlowResponse toResponse(MoneyFlow flow) {
        MoneyFlowDetails details = flow.details();
        return new MoneyFlowResponse(flow.id().toString(), details.kind(), details.payer().value(),
                details.payee().value(), details.announcedOn(), DealJsonMapping.termJson(details.term()),
                DealJsonMapping.valueJson(details.value()), details.valueConfidence(),
                details.annualizedValue().map(DealJsonMapping::valueJson).orElse(null),
                DealJsonMapping.sourcesJson(details.sources()), flow.version(), flow.recordedAt(), flow.updatedAt());
    }

    /**
     * The flow a representation describes, rebuilt exactly as it was stored (what a backup holds): id, version and
     * timestamps as they are, the write rules not run again; every value is still checked by its type.
     */
    public static MoneyFlow toFlow(MoneyFlowResponse json) {
        MoneyFlowDetails details = new MoneyFlowDetails(Require.present(json.kind(), "kind"),
                new OrganisationId(Slug.require(json.payer(), "payer")),
                new OrganisationId(Slug.require(json.payee(), "payee")),
                Require.present(json.announcedOn(), "announcedOn"), DealJsonMapping.storedTerm(json.term()),
                DealJsonMapping.value(Require.present(json.value(), "value")),
                Require.present(json.valueConfidence(), "valueConfidence"),
                DealJsonMapping.storedSources(json.sources()));
        return MoneyFlow.rehydrate(MoneyFlowId.parse(Require.present(json.id(), "id")), details, json.version(),
                Require.present(json.recordedAt(), "recordedAt"), Require.present(json.updatedAt(), "updatedAt"));
    }

    /** The history entry of flow {@code flowId} a representation describes. */
    public static MoneyFlowHistoryEntry toHistoryEntry(MoneyFlowId flowId, HistoryEntryResponse json) {
        return new MoneyFlowHistoryEntry(flowId, json.version(), DealJsonMapping.changeKind(json),
                new Actor(json.actor()), json.occurredAt(), DealJsonMapping.fieldChanges(json));
    }

    public static HistoryEntryResponse toResponse(MoneyFlowHistoryEntry entry) {
        return DealJsonMapping.historyEntry(entry.version(), entry.kind(), entry.actor(), entry.occurredAt(),
                entry.changes());
    }
}
