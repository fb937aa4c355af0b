package com.computeledger.adapters.web.deal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.domain.deal.AcceleratorCount;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.ExpansionWindow;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Slug;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the deal resource. Requests and responses share the nested shapes; optional values
 * are omitted from responses when absent, lists are always present. Money and gigawatts travel as decimal
 * strings so that no client parses them as binary floating point.
 */
public final class DealJson {

    /** A non-negative amount of money as the API reads it: digits, at most two decimals. */
    static final String MONEY_PATTERN = "^[0-9]{1,16}(\\.[0-9]{1,2})?$";

    /** The longest text of {@link #MONEY_PATTERN}. */
    static final int MONEY_LENGTH = 19;

    /** A non-negative power in gigawatts: digits, at most six decimals. */
    static final String GIGAWATTS_PATTERN = "^[0-9]{1,6}(\\.[0-9]{1,6})?$";

    /** The longest text of {@link #GIGAWATTS_PATTERN}. */
    static final int GIGAWATTS_LENGTH = 13;

    private DealJson() {
    }

    /**
     * A deal as a client sends it to {@code POST /deals} and {@code PUT /deals/{id}}. A deal as a GET returned it may
     * be sent back unchanged: its read-only fields (id, annualizedValue, status, version, recordedAt, updatedAt,
     * term.end) are accepted and ignored; the status changes through {@code /status}, the version through If-Match.
     */
    @JsonIgnoreProperties({"id", "annualizedValue", "status", "version", "recordedAt", "updatedAt"})
    @Schema(example = EXAMPLE_REQUEST)
    public record DealRequest(
            @Schema(requiredMode = REQUIRED, description = "Who buys the compute", maxLength = Customer.MAX_LENGTH)
            String customer,
            @Schema(requiredMode = REQUIRED, description = "Who sells it: the id of a registered provider",
                    pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH)
            String providerId,
            @Schema(requiredMode = REQUIRED, description = "When it was announced. " + LedgerCalendar.DESCRIPTION,
                    maxLength = LedgerCalendar.TEXT_LENGTH)
            LocalDate announcedOn,
            @Schema(description = "The term; absent when undisclosed") TermRequest term,
            @Schema(requiredMode = REQUIRED) ValueJson value,
            @Schema(requiredMode = REQUIRED, description = "How sure the value is") ValueConfidence valueConfidence,
            @ArraySchema(maxItems = DealDetails.MAX_COMMITMENTS,
                    schema = @Schema(implementation = CommitmentJson.class))
            List<CommitmentJson> commitments,
            ExpansionJson expansion,
            @ArraySchema(maxItems = DealDetails.MAX_SOURCES, schema = @Schema(implementation = SourceJson.class))
            List<SourceJson> sources) {
    }

    /** The example request of the API's document: the article's AWS deal, which a fresh ledger accepts as it is. */
    static final String EXAMPLE_REQUEST = """
            {"customer": "OpenAI", "providerId": "aws", "announcedOn": "2025-11-03",
             "term": {"start": "2025-11-03", "durationMonths": 84},
             "value": {"kind": "exact", "amount": "38000000000", "currency": "USD"}, "valueConfidence": "CONFIRMED",
             "commitments": [{"acceleratorId": "nvidia-gb300", "units": 100000, "unitsApproximate": true,
                              "fullCapacityBy": "2026-12-31"}],
             "sources": [{"title": "AWS and OpenAI announce multi-year strategic partnership",
                          "address": "https://openai.com/index/aws-and-openai-partnership/",
                          "publishedOn": "2025-11-03"}]}""";

    /** A deal as the API returns it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DealResponse(String id, String customer, String providerId, LocalDate announcedOn, TermResponse term,
                               ValueJson value, ValueConfidence valueConfidence, ValueJson annualizedValue,
                               List<CommitmentJson> commitments, ExpansionJson expansion, List<SourceJson> sources,
                               DealStatus status, long version, Instant recordedAt, Instant updatedAt) {
    }

    /** The term as sent: start and duration, either may be absent (undisclosed); a derived end is ignored. */
    @JsonIgnoreProperties({"end"})
    public record TermRequest(
            @Schema(description = LedgerCalendar.DESCRIPTION, maxLength = LedgerCalendar.TEXT_LENGTH) LocalDate start,
            @Schema(minimum = "1", maximum = "" + Term.MAX_MONTHS) Integer durationMonths) {
    }

    /** The term as returned, with the derived end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermResponse(LocalDate start, Integer durationMonths, LocalDate end) {
    }

    /**
     * A deal value: {@code {"kind":"exact","amount":"38000000000.00","currency":"USD"}},
     * {@code {"kind":"range","low":"…","high":"…","currency":"USD"}} or {@code {"kind":"undisclosed"}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(example = "{\"kind\": \"exact\", \"amount\": \"38000000000\", \"currency\": \"USD\"}")
    public record ValueJson(
            @Schema(requiredMode = REQUIRED, allowableValues = {"exact", "range", "undisclosed"}) String kind,
            @Schema(description = "The amount of an exact value", pattern = MONEY_PATTERN, maxLength = MONEY_LENGTH)
            String amount,
            @Schema(description = "The low end of a range", pattern = MONEY_PATTERN, maxLength = MONEY_LENGTH)
            String low,
            @Schema(description = "The high end of a range", pattern = MONEY_PATTERN, maxLength = MONEY_LENGTH)
            String high,
            @Schema(description = "USD (the default); absent for an undisclosed value", allowableValues = {"USD"})
            String currency) {
    }

    /** A compute commitment; every field but the accelerator may be absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitmentJson(
            @Schema(requiredMode = REQUIRED, description = "The id of an accelerator in the catalog",
                    pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH)
            String acceleratorId,
            @Schema(minimum = "1", maximum = "" + AcceleratorCount.MAX_UNITS) Long units,
            @Schema(description = "Whether the unit count is approximate (only with units)") Boolean unitsApproximate,
            @Schema(description = "Power in gigawatts, as a decimal string", pattern = GIGAWATTS_PATTERN,
                    maxLength = GIGAWATTS_LENGTH)
            String gigawatts,
            @Schema(description = LedgerCalendar.DESCRIPTION, maxLength = LedgerCalendar.TEXT_LENGTH)
            LocalDate fullCapacityBy) {
    }

    /** An expansion window. */
    public record ExpansionJson(@Schema(requiredMode = REQUIRED, description = LedgerCalendar.DESCRIPTION,
                    maxLength = LedgerCalendar.TEXT_LENGTH) LocalDate through,
                                @Schema(requiredMode = REQUIRED, maxLength = ExpansionWindow.MAX_NOTE_LENGTH)
                                String note) {
    }

    /** A source. */
    public record SourceJson(
            @Schema(requiredMode = REQUIRED, maxLength = Source.MAX_TITLE_LENGTH) String title,
            @Schema(requiredMode = REQUIRED, format = "uri", maxLength = Source.MAX_ADDRESS_LENGTH) String address,
            @Schema(requiredMode = REQUIRED, description = LedgerCalendar.DESCRIPTION,
                    maxLength = LedgerCalendar.TEXT_LENGTH) LocalDate publishedOn) {
    }

    /** The body of {@code POST /deals/{id}/status}. */
    public record StatusChangeRequest(@Schema(requiredMode = REQUIRED) DealStatus status) {
    }

    /** One page of {@code GET /deals}; {@code next} is absent on the last page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DealPageResponse(List<DealResponse> items, String next) {
    }

    /** One entry of {@code GET /deals/{id}/history}. */
    public record HistoryEntryResponse(long version, String kind, String actor, Instant occurredAt,
                                       List<FieldChangeJson> changes) {
    }

    /** One field's value before and after a change; either is omitted when the field had or has no value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldChangeJson(String field, String before, String after) {
    }
}
