package com.computeledger.adapters.cli;

import com.computeledger.adapters.cli.ImportReport.Refusal;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports deals from CSV ({@link DealCsv}): good rows are stored in one transaction per batch; a bad row is
 * reported with its line number and reason and stored nothing. When a batch is refused as a whole (a row
 * names an unknown provider), it is retried in halves, down to single rows where needed, so that only the bad
 * rows are left out and a batch with one bad row costs a few dozen transactions rather than one per row.
 * Progress (rows done, rows per second, time left) is reported after every batch. Once half of the input has
 * been read, the storage may give back the space the batches so far left unused ({@code halfway}): on H2 that
 * keeps the file under twice the size it ends with (docs/adr/0030).
 */
public final class DealCsvImporter {

    /**
     * Rows stored per transaction: each commit writes the pages it changed to the database file, so fewer
     * commits make a faster import and, on H2, less garbage in the file while it runs (docs/benchmarks.md,
     * "Bulk import" and "Storage on disk"; docs/adr/0023).
     */
    public static final int BATCH_SIZE = 50_000;

    private final DealUseCases importDeals;
    private final Progress progress;
    private final int batchSize;
    private final Runnable halfway;

    /**
     * Stores {@code batchSize} rows to a transaction ({@link #BATCH_SIZE} for the import command) and runs
     * {@code halfway} once, after the first batch stored once half of the input has been read, unless that batch
     * ended the input.
     */
    public DealCsvImporter(DealUseCases importDeals, Progress progress, int batchSize, Runnable halfway) {
        this.importDeals = importDeals;
        this.progress = progress;
        this.batchSize = batchSize;
        this.halfway = halfway;
    }

    /**
     * Imports every record of {@code csv} after its header. Records are read by Apache Commons CSV as the file
     * goes, so a quoted field may hold a line break; a record is named by the line it ends on. A malformed record
     * (an unclosed quote) ends the reading there, reported with the line it starts on: nothing after it can be read
     * reliably.
     */
    public ImportReport importFrom(Reader csv, Actor actor, DoubleSupplier shareRead) throws IOException {
        List<BadRow> bad = new ArrayList<>();
        List<NumberedRow> batch = new ArrayList<>();
        int stored = 0;
        boolean halfwayDone = false;
        try (CSVParser records = DealCsv.records(csv)) {
            Iterator<CSVRecord> rows = records.iterator();
            if (!rows.hasNext() || !DealCsv.HEADER.equals(String.join(",", rows.next().toList()).strip())) {
                return new ImportReport(0, 0, List.of(new Refusal("line 1", "the first line must be the header "
                        + DealCsv.HEADER)));
            }
            while (true) {
                long readSoFar = records.getCurrentLineNumber();
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException malformed) {
                    bad.add(new BadRow((int) readSoFar + 1,
                            "record: has an unclosed or misplaced quote; the rest of the file is not read"));
                    break;
                }
                int line = (int) records.getCurrentLineNumber();
                try {
                    batch.add(new NumberedRow(line, DealCsv.toDetails(row.toList())));
                } catch (InvariantViolationException invalid) {
                    bad.add(new BadRow(line, invalid.getMessage()));
                }
                if (batch.size() == batchSize) {
                    stored += store(batch, actor, bad);
                    batch.clear();
                    double share = shareRead.getAsDouble();
                    progress.report(stored, OptionalDouble.of(share));
                    if (!halfwayDone && share >= 0.5 && share < 1) {
                        halfway.run();
                        halfwayDone = true;
                    }
                }
            }
        }
        stored += store(batch, actor, bad);
        progress.finish(stored);
        bad.sort((first, second) -> Integer.compare(first.line(), second.line()));
        return new ImportReport(stored, 0, bad.stream().map(row -> new Refusal("line " + row.line(), row.reason()))
                .toList());
    }

    private int store(List<NumberedRow> batch, Actor actor, List<BadRow> bad) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return importDeals.recordAll(batch.stream().map(NumberedRow::details).toList(), actor).size();
        } catch (RuntimeException refusedAsAWhole) {
            if (batch.size() == 1) {
                bad.add(new BadRow(batch.get(0).line(), refusedAsAWhole.getMessage()));
                return 0;
            }
            int half = batch.size() / 2;
            return store(batch.subList(0, half), actor, bad) + store(batch.subList(half, batch.size()), actor, bad);
        }
    }

    /** A parsed row and the line it came from. */
    private record NumberedRow(int line, DealDetails details) {
    }

    /** A row that was not stored, and why. */
    private record BadRow(int line, String reason) {
    }
}
