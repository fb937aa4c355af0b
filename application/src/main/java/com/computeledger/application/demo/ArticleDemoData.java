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
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
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
import java.util.UUID;

/**
 * The records of the source article (November 2025): OpenAI's compute deals with AWS, Microsoft Azure,
 * Oracle and Google Cloud, their providers and the accelerators named. Deal ids are derived from a fixed
 * name, so every instance and every restart agrees on them (docs/seed-data.md explains each figure).
 */
public final class ArticleDemoData {

    /** The name whose UUID (type 3) identifies the OpenAI-AWS deal. */
    public static final DealId OPENAI_AWS = demoId("openai-aws");
    public static final DealId OPENAI_AZURE = demoId("openai-microsoft-azure");
    public static final DealId OPENAI_ORACLE = demoId("openai-oracle");
    public static final DealId OPENAI_GOOGLE = demoId("openai-google-cloud");

    private static final Customer OPENAI = Customer.of("OpenAI");
    private static final AcceleratorId GB200 = new AcceleratorId("nvidia-gb200");
    private static final AcceleratorId GB300 = new AcceleratorId("nvidia-gb300");

    private ArticleDemoData() {
    }

    public static List<Provider> providers() {
        return List.of(
                new Provider(new ProviderId("aws"), "Amazon Web Services", ProviderKind.HYPERSCALER),
                new Provider(new ProviderId("google-cloud"), "Google Cloud", ProviderKind.HYPERSCALER),
                new Provider(new ProviderId("microsoft-azure"), "Microsoft Azure", ProviderKind.HYPERSCALER),
                new Provider(new ProviderId("nvidia"), "Nvidia", ProviderKind.CHIP_VENDOR),
                new Provider(new ProviderId("oracle"), "Oracle Cloud Infrastructure", ProviderKind.HYPERSCALER));
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

    /** "Hundreds of thousands" of GPUs across two families: recorded as about 100,000 of each, flagged approximate. */
    private static ComputeCommitment fullBy2026(AcceleratorId accelerator) {
        return new ComputeCommitment(accelerator, Optional.of(AcceleratorCount.about(100_000)), Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 31)));
    }

    private static Source source(String title, String address, LocalDate publishedOn) {
        return new Source(title, URI.create(address), publishedOn);
    }

    private static DealId demoId(String name) {
        return new DealId(UUID.nameUUIDFromBytes(("compute-ledger-demo:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo deal and the fixed id it is stored under. */
    public record DemoDeal(DealId id, DealDetails details) {
    }
}
