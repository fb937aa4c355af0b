package com.computeledger.domain.money;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns deals and recorded flows into the graph's flows between firms (docs/adr/0026): a deal's customer is the
 * organisation whose name or id it matches (case-insensitively), else a firm of its own; its provider pays through
 * to the organisation that owns it, else the provider is a firm of its own.
 */
public final class FirmDirectory {

    private final Map<OrganisationId, Organisation> organisations;
    private final Map<String, Organisation> byLowerCaseName;
    private final Map<ProviderId, Provider> providers;

    public FirmDirectory(List<Organisation> organisations, List<Provider> providers) {
        this.organisations = organisations.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        this.byLowerCaseName = organisations.stream().collect(Collectors.toMap(
                organisation -> organisation.name().toLowerCase(Locale.ROOT), Function.identity(), (first, next) -> first));
        this.providers = providers.stream().collect(Collectors.toMap(Provider::id, Function.identity()));
    }

    /** The organisation a customer name (or an organisation id) stands for, if any. */
    public Optional<Organisation> organisationNamed(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byLowerCaseName.get(key))
                .or(() -> organisations.values().stream().filter(organisation -> organisation.matches(name)).findFirst());
    }

    /** The firm that pays for a customer's deals. */
    public Firm customer(Customer customer) {
        return organisationNamed(customer.name()).map(Firm::of)
                .orElseGet(() -> new Firm(customer.name(), customer.name(), false));
    }

    /** The firm that a provider's customers pay: its owning organisation, else the provider itself. */
    public Firm seller(ProviderId providerId) {
        Optional<Provider> provider = Optional.ofNullable(providers.get(providerId));
        return provider.flatMap(Provider::owner).map(this::organisation)
                .orElseGet(() -> new Firm(providerId.value(), provider.map(Provider::name).orElse(providerId.value()),
                        false));
    }

    /** The firm of a registered organisation (a flow may name one registered after it, read by its id). */
    public Firm organisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id)).map(Firm::of)
                .orElseGet(() -> new Firm(id.value(), id.value(), true));
    }

    /** A customer's deals with a provider as one compute purchase between firms. */
    public GraphFlow flowOf(DealPurchases purchases) {
        return new GraphFlow(customer(purchases.customer()), seller(purchases.providerId()),
                MoneyFlowKind.COMPUTE_PURCHASE, purchases.value(),
                new FlowOrigin.Deals(purchases.customer(), purchases.providerId()));
    }

    /** A recorded flow between its organisations. */
    public GraphFlow flowOf(RecordedFlow flow) {
        return new GraphFlow(organisation(flow.payer()), organisation(flow.payee()), flow.kind(),
                FlowTotal.of(flow.value()), new FlowOrigin.Recorded(flow.id()));
    }
}
