package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of a deal listing — the filters, {@code sort}, {@code limit} and {@code cursor} — read as
 * a {@link ListDealsQuery}; every bad value is a 400 problem naming the parameter.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // lets the OpenAPI generator see the parameters
public final class DealListParameters {

    @Parameter(description = DealFilterParameters.CUSTOMER, schema = @Schema(maxLength = Customer.MAX_LENGTH,
            example = "OpenAI"))
    @QueryParam("customer")
    private String customer;

    @BeanParam
    private DealFilterParameters filter;

    @Parameter(description = "The order: a field, descending with a leading '-'; ties are broken by deal id",
            schema = @Schema(allowableValues = {"announcedOn", "-announcedOn", "recordedAt", "-recordedAt", "customer",
                    "-customer"}, defaultValue = "-announcedOn"))
    @QueryParam("sort")
    private String sort;

    @Parameter(description = "How many deals a page holds at most", schema = @Schema(type = "integer",
            format = "int32", minimum = "1", maximum = "" + ListDealsQuery.MAX_LIMIT,
            defaultValue = "" + ListDealsQuery.DEFAULT_LIMIT))
    @QueryParam("limit")
    private String limit;

    @Parameter(description = "Where the page starts, as the next link of the previous page gives it; opaque, and "
            + "bound to the sort and filters of that page", schema = @Schema(maxLength = 1000))
    @QueryParam("cursor")
    private String cursor;

    /** The page asked for; a cursor must come with the sort and filters of the page that issued it. */
    public ListDealsQuery toQuery() {
        int size = QueryParameters.integer("limit", limit, ListDealsQuery.DEFAULT_LIMIT);
        if (size < 1 || size > ListDealsQuery.MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + ListDealsQuery.MAX_LIMIT);
        }
        DealSort order = sort();
        DealFilter wanted = filter.toFilter(Set.of(), customer);
        Optional<DealCursor> after = Optional.ofNullable(cursor).filter(text -> !text.isBlank())
                .map(text -> CursorCodec.decode(text, wanted));
        if (after.isPresent() && after.get().sort() != order) {
            throw ProblemException.invalidParameter("cursor", "was issued for sort '" + after.get().sort().parameter()
                    + "'; follow the next link as given, or start again without a cursor");
        }
        return new ListDealsQuery(wanted, order, after, size);
    }

    private DealSort sort() {
        if (sort == null || sort.isBlank()) {
            return DealSort.DEFAULT;
        }
        return Arrays.stream(DealSort.values()).filter(order -> order.parameter().equals(sort.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("sort", "must be one of " + Arrays
                        .stream(DealSort.values()).map(DealSort::parameter).collect(Collectors.joining(", "))));
    }
}
