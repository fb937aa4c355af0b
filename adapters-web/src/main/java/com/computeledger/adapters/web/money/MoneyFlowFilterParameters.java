package com.computeledger.adapters.web.money;

import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.LedgerCalendar;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

/**
 * The kind and period of money flows a listing or an analysis covers — {@code kind}, {@code from}, {@code to} —
 * injected as a {@code @BeanParam}; every bad value is a 400 problem naming the parameter.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // lets the OpenAPI generator see the parameters
public final class MoneyFlowFilterParameters {

    @Parameter(description = "Only flows of this kind (a deal is a compute purchase)",
            schema = @Schema(allowableValues = {"COMPUTE_PURCHASE", "HARDWARE_PURCHASE", "EQUITY_INVESTMENT"}))
    @QueryParam("kind")
    private String kind;

    @Parameter(description = "Only flows announced on or after this day. " + LedgerCalendar.DESCRIPTION,
            schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH,
                    example = "2025-01-01"))
    @QueryParam("from")
    private String from;

    @Parameter(description = "Only flows announced on or before this day. " + LedgerCalendar.DESCRIPTION,
            schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH,
                    example = "2025-12-31"))
    @QueryParam("to")
    private String to;

    /** The filter these parameters ask for, with {@code organisation} (paying or paid) when one is named. */
    public MoneyFlowFilter toFilter(Optional<OrganisationId> organisation) {
        Optional<MoneyFlowKind> wanted = Optional.ofNullable(QueryParameters.choice("kind", kind, MoneyFlowKind.class,
                null, MoneyFlowKind::name));
        return QueryParameters.parsed("to", () -> new MoneyFlowFilter(wanted, organisation,
                QueryParameters.date("from", from), QueryParameters.date("to", to)));
    }
}
