package com.computeledger.adapters.web.money;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.adapters.web.deal.DealJson.SourceJson;
import com.computeledger.adapters.web.deal.DealJson.TermRequest;
import com.computeledger.adapters.web.deal.DealJson.TermResponse;
import com.computeledger.adapters.web.deal.DealJson.ValueJson;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Slug;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of money flows: the deal's own shapes for term, value, sources and history. */
public final class MoneyFlowJson {

    private MoneyFlowJson() {
    }

    /** A flow to record; the read-only fields of a response are ignored, so a flow as read may be sent back. */
    @JsonIgnoreProperties({"id", "annualizedValue", "version", "recordedAt", "updatedAt"})
    @Schema(example = MoneyFlowJson.EXAMPLE_REQUEST)
    public record MoneyFlowRequest(
            @Schema(requiredMode = REQUIRED, description = "What the money pays for") MoneyFlowKind kind,
            @Schema(requiredMode = REQUIRED, description = "Who pays: the id of a registered organisation",
                    pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH) String payer,
            @Schema(requiredMode = REQUIRED, description = "Who is paid: the id of a registered organisation",
                    pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH) String payee,
            @Schema(requiredMode = REQUIRED, description = "When it was announced. " + LedgerCalendar.DESCRIPTION,
                    maxLength = LedgerCalendar.TEXT_LENGTH) LocalDate announcedOn,
            @Schema(description = "The term; absent when undisclosed") TermRequest term,
            @Schema(requiredMode = REQUIRED, description = "The amount: exact, a range (an \"up to\" amount) or "
                    + "undisclosed") ValueJson value,
            @Schema(requiredMode = REQUIRED, description = "How sure the value is") ValueConfidence valueConfidence,
            @ArraySchema(minItems = 1, maxItems = MoneyFlowDetails.MAX_SOURCES,
                    arraySchema = @Schema(requiredMode = REQUIRED, description = "Where the figures come from"),
                    schema = @Schema(implementation = SourceJson.class))
            List<SourceJson> sources) {
    }

    static final String EXAMPLE_REQUEST = """
            {"kind": "EQUITY_INVESTMENT", "payer": "nvidia", "payee": "openai", "announcedOn": "2025-09-22",
             "value": {"kind": "range", "low": "10000000000", "high": "100000000000", "currency": "USD"},
             "valueConfidence": "REPORTED",
             "sources": [{"title": "Press report", "address": "https://example.com/report", "publishedOn": "2025-09-22"}]}""";

    /** A recorded flow, with its derived annualized value (when its value and term are disclosed) and version. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MoneyFlowResponse(String id, MoneyFlowKind kind, String payer, String payee, LocalDate announcedOn,
                                    TermResponse term, ValueJson value, ValueConfidence valueConfidence,
                                    ValueJson annualizedValue, List<SourceJson> sources, long version,
                                    Instant recordedAt, Instant updatedAt) {
    }

    /** One page of flows and the complete link to the next page, when more follow. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MoneyFlowPageResponse(List<MoneyFlowResponse> items, String next) {
    }
}
