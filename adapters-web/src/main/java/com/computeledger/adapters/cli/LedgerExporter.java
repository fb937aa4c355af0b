package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.reference.AcceleratorResource.AcceleratorJson;
import com.computeledger.adapters.web.reference.ProviderResource.ProviderJson;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the whole ledger as a backup ({@link LedgerBackup}): providers and accelerators, then every deal with its
 * history, a page at a time (keyset, oldest recorded first; each page and its histories read in one transaction),
 * so memory use does not grow with the ledger. Beside a running service each deal is exported as it was at one
 * moment; deals recorded after the export started may or may not be in it.
 */
public final class LedgerExporter {

    private final DealUseCases deals;
    private final ProviderUseCases providers;
    private final AcceleratorUseCases accelerators;
    private final ObjectMapper mapper;
    private final Clock clock;

    public LedgerExporter(DealUseCases deals, ProviderUseCases providers, AcceleratorUseCases accelerators,
                          ObjectMapper mapper, Clock clock) {
        this.deals = deals;
        this.providers = providers;
        this.accelerators = accelerators;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Writes the JSON backup, one deal a line; returns how many deals it holds. */
    public long json(Writer out, Progress progress) throws IOException {
        long total = deals.count();
        out.write("{\"format\":" + mapper.writeValueAsString(LedgerBackup.FORMAT)
                + ",\"formatVersion\":" + LedgerBackup.FORMAT_VERSION
                + ",\"exportedAt\":" + mapper.writeValueAsString(clock.instant())
                + ",\"dealCount\":" + total + ",\n");
        out.write("\"" + LedgerBackup.PROVIDERS + "\":" + mapper.writeValueAsString(providerRows()) + ",\n");
        out.write("\"" + LedgerBackup.ACCELERATORS + "\":" + mapper.writeValueAsString(acceleratorRows()) + ",\n");
        out.write("\"" + LedgerBackup.DEALS + "\":[");
        long written = eachDeal(total, progress, (archive, first) -> out.write((first ? "\n" : ",\n")
                + mapper.writeValueAsString(LedgerBackup.toJson(archive, mapper))));
        out.write("\n]}\n");
        return written;
    }

    /** Writes the CSV backup into {@code folder} (created if need be): three files; returns how many deals. */
    public long csv(Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        writeCsv(folder, LedgerBackup.PROVIDERS, printer -> {
            for (ProviderJson provider : providerRows()) {
                printer.printRecord(LedgerBackup.toCells(mapper.valueToTree(provider),
                        LedgerBackup.CSV_FILES.get(LedgerBackup.PROVIDERS)));
            }
        });
        writeCsv(folder, LedgerBackup.ACCELERATORS, printer -> {
            for (AcceleratorJson accelerator : acceleratorRows()) {
                printer.printRecord(LedgerBackup.toCells(mapper.valueToTree(accelerator),
                        LedgerBackup.CSV_FILES.get(LedgerBackup.ACCELERATORS)));
            }
        });
        long total = deals.count();
        long[] written = {0};
        writeCsv(folder, LedgerBackup.DEALS, printer -> written[0] = eachDeal(total, progress,
                (archive, first) -> printer.printRecord(LedgerBackup.toCells(LedgerBackup.toJson(archive, mapper),
                        LedgerBackup.CSV_FILES.get(LedgerBackup.DEALS)))));
        return written[0];
    }

    private List<ProviderJson> providerRows() {
        return providers.list().stream().map(ProviderJson::of).toList();
    }

    private List<AcceleratorJson> acceleratorRows() {
        return accelerators.list().stream().map(AcceleratorJson::of).toList();
    }

    /** {@code name}.csv in {@code folder}: its header line, then what {@code rows} prints. */
    private static void writeCsv(Path folder, String name, CsvRows rows) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(folder.resolve(name + ".csv")),
                DealCsv.FORMAT)) {
            printer.printRecord(LedgerBackup.CSV_FILES.get(name));
            rows.print(printer);
        }
    }

    /** Hands every deal with its history to {@code write}, a page at a time; returns how many there were. */
    private long eachDeal(long total, Progress progress, ArchiveWriter write) throws IOException {
        long written = 0;
        Optional<DealCursor> after = Optional.empty();
        do {
            DealPage page = deals.list(new ListDealsQuery(DealFilter.ALL, DealSort.RECORDED_AT_ASC, after,
                    ListDealsQuery.MAX_LIMIT));
            for (DealArchive archive : deals.archives(page.deals().stream().map(Deal::id).toList())) {
                write.write(archive, written == 0);
                written++;
            }
            progress.report(written, total == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.min(1, (double) written / total)));
            after = page.next();
        } while (after.isPresent());
        progress.finish(written);
        return written;
    }

    /** Writes one deal and its history; {@code first} for the first of the export. */
    @FunctionalInterface
    private interface ArchiveWriter {
        void write(DealArchive archive, boolean first) throws IOException;
    }

    /** Prints the records of one CSV file. */
    @FunctionalInterface
    private interface CsvRows {
        void print(CSVPrinter printer) throws IOException;
    }
}
