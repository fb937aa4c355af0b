package com.computeledger.application.demo;

import com.computeledger.domain.deal.AcceleratorCount;
import com.computeledger.domain.deal.ComputeCommitment;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.ExpansionWindow;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The records of the source article (November 2025): OpenAI's compute deals with AWS, Microsoft Azure,
 * Oracle and Google Cloud, their providers and the accelerators named; the organisations behind them and the money
 * flows of the loops the article describes, with OpenAI's revenue run rate. Ids are derived from a fixed
 * name, so every instance and every restart agrees on them (docs/seed-data.md explains each figure).
 */
public final class ArticleDemoData {

    /** The name whose UUID (type 3) identifies the OpenAI-AWS deal. */
    public static final DealId OPENAI_AWS = demoId("openai-aws");
    public static final DealId OPENAI_AZURE = demoId("openai-microsoft-azure");
    public static final DealId OPENAI_ORACLE = demoId("openai-oracle");
    public static final DealId OPENAI_GOOGLE = demoId("openai-google-cloud");

    public static final MoneyFlowId NVIDIA_OPENAI = flowId("nvidia-openai-investment");
    public static final MoneyFlowId ORACLE_NVIDIA = flowId("oracle-nvidia-chips");
    public static final MoneyFlowId MICROSOFT_OPENAI = flowId("microsoft-openai-investment");
    public static final MoneyFlowId AMAZON_ANTHROPIC = flowId("amazon-anthropic-investment");
    public static final MoneyFlowId ANTHROPIC_AWS = flowId("anthropic-aws-compute");
    public static final MoneyFlowId OPENAI_COREWEAVE = flowId("openai-coreweave-compute");

    private static final Customer OPENAI = Customer.of("OpenAI");
    private static final OrganisationId AMAZON = new OrganisationId("amazon");
    private static final OrganisationId ANTHROPIC = new OrganisationId("anthropic");
    private static final OrganisationId MICROSOFT = new OrganisationId("microsoft");
    private static final OrganisationId NVIDIA = new OrganisationId("nvidia");
    private static final OrganisationId OPENAI_GROUP = new OrganisationId("openai");
    private static final OrganisationId ORACLE = new OrganisationId("oracle");
    private static final AcceleratorId GB200 = new AcceleratorId("nvidia-gb200");
    private static final AcceleratorId GB300 = new AcceleratorId("nvidia-gb300");

    private ArticleDemoData() {
    }

    /** The firms behind the providers and the flows, each with the roles the demo shows it in. */
    public static List<Organisation> organisations() {
        return List.of(
                new Organisation(new OrganisationId("alphabet"), "Alphabet", Set.of(OrganisationRole.PROVIDER)),
                new Organisation(AMAZON, "Amazon", Set.of(OrganisationRole.INVESTOR, OrganisationRole.PROVIDER)),
                new Organisation(ANTHROPIC, "Anthropic", Set.of(OrganisationRole.CUSTOMER)),
                new Organisation(new OrganisationId("coreweave"), "CoreWeave", Set.of(OrganisationRole.PROVIDER)),
                new Organisation(MICROSOFT, "Microsoft", Set.of(OrganisationRole.INVESTOR, OrganisationRole.PROVIDER)),
                new Organisation(NVIDIA, "Nvidia", Set.of(OrganisationRole.INVESTOR, OrganisationRole.CHIP_VENDOR)),
                new Organisation(OPENAI_GROUP, "OpenAI", Set.of(OrganisationRole.CUSTOMER)),
                new Organisation(ORACLE, "Oracle", Set.of(OrganisationRole.CUSTOMER, OrganisationRole.PROVIDER)));
    }

    /** The providers, each naming the organisation that owns it (the same links migration V8 makes). */
    public static List<Provider> providers() {
        return List.of(
                new Provider(new ProviderId("aws"), "Amazon Web Services", ProviderKind.HYPERSCALER,
                        Optional.of(AMAZON)),
                new Provider(new ProviderId("google-cloud"), "Google Cloud", ProviderKind.HYPERSCALER,
                        Optional.of(new OrganisationId("alphabet"))),
                new Provider(new ProviderId("microsoft-azure"), "Microsoft Azure", ProviderKind.HYPERSCALER,
                        Optional.of(MICROSOFT)),
                new Provider(new ProviderId("nvidia"), "Nvidia", ProviderKind.CHIP_VENDOR, Optional.of(NVIDIA)),
                new Provider(new ProviderId("oracle"), "Oracle Cloud Infrastructure", ProviderKind.HYPERSCALER,
                        Optional.of(ORACLE)));
    }

    /** All-in facility kW per unit: rack power per GPU times a facility overhead of 1.2 (estimates, see docs). */
    public static List<Accelerator> accelerators() {
        return List.of(
                new Accelerator(GB200, "Nvidia", "GB200 (NVL72)", new BigDecimal("2.2")),
                new Accelerator(GB300, "Nvidia", "GB300 (NVL72)", new BigDecimal("2.3")),
                new Accelerator(new AcceleratorId("nvidia-h100"), "Nvidia", "H100 (HGX)", new BigDecimal("1.5")));
    }

    /** The four deals, by their fixed ids, in the order the article names them. */
    public static List<DemoDeal> deals() {
        return List.of(
                new DemoDeal(OPENAI_AWS, new DealDetails(OPENAI, new ProviderId("aws"), LocalDate.of(2025, 11, 3),
                        Term.of(LocalDate.of(2025, 11, 3), 84),
                        DealValue.exact(Money.usd("38000000000")), ValueConfidence.CONFIRMED,
                        List.of(fullBy2026(GB200), fullBy2026(GB300)),
                        Optional.of(new ExpansionWindow(LocalDate.of(2027, 12, 31), "room to expand through 2027")),
                        List.of(source("AWS and OpenAI announce multi-year strategic partnership",
                                "https://openai.com/index/aws-and-openai-partnership/", LocalDate.of(2025, 11, 3))))),
                new DemoDeal(OPENAI_AZURE, new DealDetails(OPENAI, new ProviderId("microsoft-azure"),
                        LocalDate.of(2025, 10, 28), Term.undisclosed(),
                        DealValue.exact(Money.usd("250000000000")), ValueConfidence.CONFIRMED, List.of(),
                        Optional.empty(),
                        List.of(source("The next chapter of the Microsoft-OpenAI partnership",
                                "https://blogs.microsoft.com/blog/2025/10/28/the-next-chapter-of-the-microsoft-openai-partnership/",
                                LocalDate.of(2025, 10, 28))))),
                new DemoDeal(OPENAI_ORACLE, new DealDetails(OPENAI, new ProviderId("oracle"), LocalDate.of(2025, 9, 10),
                        new Term(Optional.empty(), Optional.of(60)),
                        DealValue.exact(Money.usd("300000000000")), ValueConfidence.REPORTED, List.of(),
                        Optional.empty(),
                        List.of(source("OpenAI, Oracle sign USD 300 billion computing deal (press report)",
                                "https://www.wsj.com/business/openai-oracle-sign-300-billion-computing-deal-among-biggest-in-history-ff27c8fe",
                                LocalDate.of(2025, 9, 10))))),
                new DemoDeal(OPENAI_GOOGLE, new DealDetails(OPENAI, new ProviderId("google-cloud"),
                        LocalDate.of(2025, 6, 10), Term.undisclosed(),
                        DealValue.undisclosed(), ValueConfidence.REPORTED, List.of(), Optional.empty(),
                        List.of(source("OpenAI taps Google in cloud deal despite AI rivalry (press report)",
                                "https://www.reuters.com/business/retail-consumer/openai-taps-google-unprecedented-cloud-deal-despite-ai-rivalry-sources-say-2025-06-10/",
                                LocalDate.of(2025, 6, 10))))));
    }

    /**
     * The money flows that close the article's loops with its deals: Nvidia invests in OpenAI, which buys from
     * Oracle, which buys Nvidia's chips; Microsoft invests in OpenAI, which buys Azure; Amazon invests in Anthropic,
     * which buys AWS; and OpenAI's CoreWeave contracts, which take its commitments past USD 600B.
     */
    public static List<DemoFlow> flows() {
        return List.of(
                new DemoFlow(NVIDIA_OPENAI, new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, NVIDIA, OPENAI_GROUP,
                        LocalDate.of(2025, 9, 22), Term.undisclosed(),
                        DealValue.range(Money.usd("10000000000"), Money.usd("100000000000")), ValueConfidence.REPORTED,
                        List.of(source("Nvidia to invest as much as USD 100 billion in OpenAI (press report)",
                                        "https://www.ndtvprofit.com/technology/nvidia-to-invest-usd-100-billion-in-openai-for-data-centers",
                                        LocalDate.of(2025, 9, 22)),
                                source("Nvidia's first USD 10 billion once the first gigawatt is built (press report)",
                                        "https://www.thenews.com.pk/latest/1345721-nvidia-makes-100b-investment-push-into-openai-for-10gw-data-centres",
                                        LocalDate.of(2025, 9, 23))))),
                new DemoFlow(ORACLE_NVIDIA, new MoneyFlowDetails(MoneyFlowKind.HARDWARE_PURCHASE, ORACLE, NVIDIA,
                        LocalDate.of(2025, 5, 23), Term.undisclosed(), DealValue.exact(Money.usd("40000000000")),
                        ValueConfidence.REPORTED,
                        List.of(source("Oracle to buy USD 40 billion of Nvidia chips for the first Stargate data center (press report)",
                                "https://www.pymnts.com/artificial-intelligence-2/2025/oracle-to-buy-40-billion-worth-of-nvidia-chips-for-first-stargate-data-center/",
                                LocalDate.of(2025, 5, 23))))),
                new DemoFlow(MICROSOFT_OPENAI, new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, MICROSOFT,
                        OPENAI_GROUP, LocalDate.of(2023, 1, 23), Term.undisclosed(),
                        DealValue.range(Money.usd("13000000000"), Money.usd("13800000000")), ValueConfidence.REPORTED,
                        List.of(source("Microsoft had invested USD 13.8 billion in OpenAI since 2019 (press report)",
                                "https://www.fool.com/investing/2025/11/03/open-ai-move-made-microsoft-no-brainer-buy/",
                                LocalDate.of(2025, 11, 3))))),
                new DemoFlow(AMAZON_ANTHROPIC, new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, AMAZON, ANTHROPIC,
                        LocalDate.of(2024, 11, 22), Term.undisclosed(), DealValue.exact(Money.usd("8000000000")),
                        ValueConfidence.REPORTED,
                        List.of(amazonAnthropicSource()))),
                new DemoFlow(ANTHROPIC_AWS, new MoneyFlowDetails(MoneyFlowKind.COMPUTE_PURCHASE, ANTHROPIC, AMAZON,
                        LocalDate.of(2024, 11, 22), Term.undisclosed(), DealValue.undisclosed(), ValueConfidence.REPORTED,
                        List.of(amazonAnthropicSource()))),
                new DemoFlow(OPENAI_COREWEAVE, new MoneyFlowDetails(MoneyFlowKind.COMPUTE_PURCHASE, OPENAI_GROUP,
                        new OrganisationId("coreweave"), LocalDate.of(2025, 9, 25), Term.undisclosed(),
                        DealValue.exact(Money.usd("22400000000")), ValueConfidence.REPORTED,
                        List.of(source("CoreWeave expands OpenAI pact; agreements total USD 22.4 billion (press report)",
                                "https://news.anyfans.com/?p=71359", LocalDate.of(2025, 9, 25))))));
    }

    /** OpenAI's revenue run rate: above USD 20B a year by the end of 2025, as its CEO stated. */
    public static RevenueRunRate openAiRunRate() {
        return new RevenueRunRate(OPENAI_GROUP, Money.usd("20000000000"), LocalDate.of(2025, 11, 6),
                ValueConfidence.CONFIRMED,
                source("OpenAI expects to end 2025 above USD 20 billion in annualized revenue run rate",
                        "https://www.techbuzz.ai/articles/openai-hits-20b-arr-commits-1-4t-for-ai-infrastructure",
                        LocalDate.of(2025, 11, 6)));
    }

    private static Source amazonAnthropicSource() {
        return source("Amazon invests another USD 4 billion in Anthropic, USD 8 billion in all; AWS its primary "
                + "training partner (press report)",
                "https://qz.com/amazon-invest-4-billion-ai-startup-anthropic-model-chip-1851705944",
                LocalDate.of(2024, 11, 22));
    }

    /** "Hundreds of thousands" of GPUs across two families: recorded as about 100,000 of each, flagged approximate. */
    private static ComputeCommitment fullBy2026(AcceleratorId accelerator) {
        return new ComputeCommitment(accelerator, Optional.of(AcceleratorCount.about(100_000)), Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 31)));
    }

    private static Source source(String title, String address, LocalDate publishedOn) {
        return new Source(title, URI.create(address), publishedOn);
    }

    private static DealId demoId(String name) {
        return new DealId(nameUuid(name));
    }

    private static MoneyFlowId flowId(String name) {
        return new MoneyFlowId(nameUuid(name));
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(("compute-ledger-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A demo deal and the fixed id it is stored under. */
    public record DemoDeal(DealId id, DealDetails details) {
    }

    /** A demo money flow and the fixed id it is stored under. */
    public record DemoFlow(MoneyFlowId id, MoneyFlowDetails details) {
    }
}
