package com.computeledger.adapters.cli;

import com.computeledger.adapters.cli.LedgerBackup.Section;
import com.computeledger.adapters.web.money.RevenueRunRateResource;
import com.computeledger.adapters.web.reference.AcceleratorResource.AcceleratorJson;
import com.computeledger.adapters.web.reference.OrganisationResource.OrganisationJson;
import com.computeledger.adapters.web.reference.ProviderResource.ProviderJson;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.ListMoneyFlowsQuery;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.MoneyFlowPage;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.reference.Organisation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the whole ledger as a backup ({@link LedgerBackup}): every {@link Section} in its order — organisations,
 * providers, accelerators, the deals with their history a page at a time (keyset, oldest recorded first; each page
 * and its histories read in one transaction, so memory use does not grow with the ledger), money flows with their
 * history, revenue run rates. Beside a running service each record is exported as it was at one moment; records
 * written after the export started may or may not be in it.
 */
public final class LedgerExporter {

    private final LedgerInPorts ledger;
    private final ObjectMapper mapper;
    private final Clock clock;

    public LedgerExporter(LedgerInPorts ledger, ObjectMapper mapper, Clock clock) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Writes the JSON backup, one record a line; returns how many records of each section it holds. */
    public Map<Section, Long> json(Writer out, Progress progress) throws IOException {
        long total = ledger.deals().count();
        out.write("{\"format\":" + mapper.writeValueAsString(LedgerBackup.FORMAT)
                + ",\"formatVersion\":" + LedgerBackup.FORMAT_VERSION
                + ",\"exportedAt\":" + mapper.writeValueAsString(clock.instant())
                + ",\"dealCount\":" + total);
        Map<Section, Long> written = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            out.write(",\n\"" + section.field + "\":[");
            boolean[] first = {true};
            written.put(section, each(section, total, progress, record -> {
                out.write((first[0] ? "\n" : ",\n") + mapper.writeValueAsString(record));
                first[0] = false;
            }));
            out.write("\n]");
        }
        out.write("}\n");
        return written;
    }

    /**
     * Writes the CSV backup into {@code folder} (created if need be): one file per section; returns how many records
     * of each section it holds.
     */
    public Map<Section, Long> csv(Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        long total = ledger.deals().count();
        Map<Section, Long> written = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(folder.resolve(section.file)),
                    DealCsv.FORMAT)) {
                printer.printRecord(section.columns);
                written.put(section, each(section, total, progress, record -> printer.printRecord(
                        LedgerBackup.toCells(record, section.columns))));
            }
        }
        return written;
    }

    /** Hands every record of {@code section} to {@code write}, as JSON; returns how many there were. */
    private long each(Section section, long dealTotal, Progress progress, RecordWriter write) throws IOException {
        long written = 0;
        switch (section) {
            case ORGANISATIONS -> {
                for (Organisation organisation : ledger.organisations().list()) {
                    write.write(tree(OrganisationJson.of(organisation)));
                    written++;
                }
            }
            case PROVIDERS -> {
                for (var provider : ledger.providers().list()) {
                    write.write(tree(ProviderJson.of(provider)));
                    written++;
                }
            }
            case ACCELERATORS -> {
                for (var accelerator : ledger.accelerators().list()) {
                    write.write(tree(AcceleratorJson.of(accelerator)));
                    written++;
                }
            }
            case DEALS -> written = eachDeal(dealTotal, progress, write);
            case MONEY_FLOWS -> written = eachMoneyFlow(write);
            case REVENUE_RUN_RATES -> {
                for (Organisation organisation : ledger.organisations().list()) {
                    for (var runRate : ledger.revenueRunRates().list(organisation.id())) {
                        write.write(tree(RevenueRunRateResource.toResponse(runRate)));
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private long eachDeal(long total, Progress progress, RecordWriter write) throws IOException {
        long written = 0;
        Optional<DealCursor> after = Optional.empty();
        do {
            DealPage page = ledger.deals().list(new ListDealsQuery(DealFilter.ALL, DealSort.RECORDED_AT_ASC, after,
                    ListDealsQuery.MAX_LIMIT));
            for (DealArchive archive : ledger.deals().archives(page.deals().stream().map(Deal::id).toList())) {
                write.write(LedgerBackup.toJson(archive, mapper));
                written++;
            }
            progress.report(written, total == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.min(1, (double) written / total)));
            after = page.next();
        } while (after.isPresent());
        progress.finish(written);
        return written;
    }

    private long eachMoneyFlow(RecordWriter write) throws IOException {
        long written = 0;
        Optional<MoneyFlowId> after = Optional.empty();
        do {
            MoneyFlowPage page = ledger.moneyFlows().list(new ListMoneyFlowsQuery(MoneyFlowFilter.ALL, after,
                    ListMoneyFlowsQuery.MAX_LIMIT));
            for (MoneyFlow flow : page.flows()) {
                write.write(LedgerBackup.toJson(flow, ledger.moneyFlows().history(flow.id()), mapper));
                written++;
            }
            after = page.next();
        } while (after.isPresent());
        return written;
    }

    private ObjectNode tree(Object representation) {
        return mapper.valueToTree(representation);
    }

    /** Writes one record of the backup. */
    @FunctionalInterface
    private interface RecordWriter {
        void write(ObjectNode record) throws IOException;
    }
}
