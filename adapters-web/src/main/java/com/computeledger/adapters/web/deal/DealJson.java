package com.computeledger.adapters.web.deal;

import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.shared.LedgerCalendar;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
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

    private DealJson() {
    }

    /**
     * A deal as a client sends it to {@code POST /deals} and {@code PUT /deals/{id}}. A deal as a GET returned it may
     * be sent back unchanged: its read-only fields (id, annualizedValue, status, version, recordedAt, updatedAt,
     * term.end) are accepted and ignored; the status changes through {@code /status}, the version through If-Match.
     */
    @JsonIgnoreProperties({"id", "annualizedValue", "status", "version", "recordedAt", "updatedAt"})
    public record DealRequest(String customer, String providerId, @Schema(description = LedgerCalendar.DESCRIPTION) LocalDate announcedOn, TermRequest term,
                              ValueJson value, ValueConfidence valueConfidence, List<CommitmentJson> commitments,
                              ExpansionJson expansion, List<SourceJson> sources) {
    }

    /** A deal as the API returns it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DealResponse(String id, String customer, String providerId, LocalDate announcedOn, TermResponse term,
                               ValueJson value, ValueConfidence valueConfidence, ValueJson annualizedValue,
                               List<CommitmentJson> commitments, ExpansionJson expansion, List<SourceJson> sources,
                               DealStatus status, long version, Instant recordedAt, Instant updatedAt) {
    }

    /** The term as sent: start and duration, either may be absent (undisclosed); a derived end is ignored. */
    @JsonIgnoreProperties({"end"})
    public record TermRequest(@Schema(description = LedgerCalendar.DESCRIPTION) LocalDate start, Integer durationMonths) {
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
    public record ValueJson(String kind, String amount, String low, String high, String currency) {
    }

    /** A compute commitment; every field but the accelerator may be absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitmentJson(String acceleratorId, Long units, Boolean unitsApproximate, String gigawatts,
                                 @Schema(description = LedgerCalendar.DESCRIPTION) LocalDate fullCapacityBy) {
    }

    /** An expansion window. */
    public record ExpansionJson(@Schema(description = LedgerCalendar.DESCRIPTION) LocalDate through, String note) {
    }

    /** A source. */
    public record SourceJson(String title, String address,
                             @Schema(description = LedgerCalendar.DESCRIPTION) LocalDate publishedOn) {
    }

    /** The body of {@code POST /deals/{id}/status}. */
    public record StatusChangeRequest(DealStatus status) {
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
