package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Slug;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The filter query parameters shared by listings and analyses — {@code provider}, {@code status} (repeatable),
 * {@code announcedFrom}, {@code announcedTo} — injected as a {@code @BeanParam} and read, with the
 * {@code customer} parameter, as a {@link DealFilter}. Every bad value is a 400 problem naming the parameter. The
 * customer is each operation's own parameter: optional for a listing or the market, required for an exposure, and
 * the OpenAPI document says which (swagger-core describes a query parameter once, however many beans declare it).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // lets the OpenAPI generator see the parameters
public final class DealFilterParameters {

    @Parameter(description = "Only deals with this provider, by its id (any letter case)", schema = @Schema(pattern = Slug.PATTERN,
            maxLength = Slug.MAX_LENGTH, example = "oracle"))
    @QueryParam("provider")
    private String provider;

    @Parameter(description = "Only deals in these statuses (repeat the parameter for several; any letter case)",
            array = @ArraySchema(schema = @Schema(implementation = DealStatus.class), maxItems = 4))
    @QueryParam("status")
    private List<String> statuses;

    @Parameter(description = "Only deals announced on or after this day. " + LedgerCalendar.DESCRIPTION,
            schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH,
                    example = "2025-01-01"))
    @QueryParam("announcedFrom")
    private String announcedFrom;

    @Parameter(description = "Only deals announced on or before this day. " + LedgerCalendar.DESCRIPTION,
            schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH,
                    example = "2025-12-31"))
    @QueryParam("announcedTo")
    private String announcedTo;

    /** How an operation describes its optional {@code customer} parameter. */
    public static final String CUSTOMER = "Only deals of this customer (any letter case)";

    /**
     * The filter, with the deals of {@code customer} only when it is given; {@code defaultStatuses} apply when no
     * {@code status} parameter is given.
     */
    public DealFilter toFilter(Set<DealStatus> defaultStatuses, String customer) {
        Optional<ProviderId> providerId = QueryParameters.parsed("provider",
                () -> blankToEmpty(provider).map(id -> new ProviderId(id.toLowerCase(Locale.ROOT))));
        Optional<Customer> buyer = QueryParameters.parsed("customer", () -> blankToEmpty(customer).map(Customer::named));
        Set<DealStatus> parsed = statuses == null ? Set.of() : parseStatuses(statuses);
        Set<DealStatus> wanted = parsed.isEmpty() ? defaultStatuses : parsed;
        return QueryParameters.parsed("announcedFrom", () -> new DealFilter(providerId, buyer, wanted,
                QueryParameters.date("announcedFrom", announcedFrom), QueryParameters.date("announcedTo", announcedTo)));
    }

    /** The {@code customer} parameter of a question that cannot do without it (exposure); 400 when missing. */
    public static Customer requiredCustomer(String customer) {
        return blankToEmpty(customer).map(name -> QueryParameters.parsed("customer", () -> Customer.named(name)))
                .orElseThrow(() -> ProblemException.invalidParameter("customer", "is required"));
    }

    /** The statuses named; blank values ({@code status=}) name none. */
    private static Set<DealStatus> parseStatuses(List<String> statuses) {
        Set<DealStatus> parsed = EnumSet.noneOf(DealStatus.class);
        statuses.stream().map(String::strip).filter(text -> !text.isEmpty())
                .forEach(text -> parsed.add(QueryParameters.choice("status", text, DealStatus.class, null, Enum::name)));
        return parsed;
    }

    private static Optional<String> blankToEmpty(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
