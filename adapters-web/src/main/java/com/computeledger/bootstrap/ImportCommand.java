package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.BackupImporter;
import com.computeledger.adapters.cli.DealCsvImporter;
import com.computeledger.adapters.cli.ImportReport;
import com.computeledger.adapters.cli.Progress;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.domain.shared.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * {@code import PATH CONFIG}: restores a backup made by {@code export} — a JSON file, or a folder of CSV files — or
 * records the new deals of a flat CSV file (docs/backup.md). Names each refused record with its line, then compacts
 * the database (on H2 the file would otherwise keep the space the import used up; a flat CSV file also halfway
 * through, docs/adr/0030); exits 0 only when nothing was refused, else 1 with the count. Runs beside a running
 * service on PostgreSQL; on the embedded H2 file the service must be stopped.
 */
final class ImportCommand extends LedgerCommand {

    private final ObjectMapper json;

    ImportCommand(PrintStream out, ObjectMapper json) {
        super("import", "Imports a backup (JSON file or CSV folder from export) or new deals from a flat CSV file",
                out);
        this.json = json;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("path").help("the JSON backup, the CSV backup folder, or the flat CSV file of new deals");
        super.configure(subparser);
    }

    @Override
    protected void runOn(DataSource database, Namespace namespace) throws IOException {
        Path path = Path.of(namespace.getString("path"));
        if (!Files.isReadable(path)) {
            throw new CommandFailure(path + " does not exist or cannot be read");
        }
        LedgerStorage.Factory storage = LedgerStorage.Factory.find();
        storage.prepareForBulkLoad(database);
        LedgerServices ledger = LedgerServices.open(database);
        ImportReport report;
        String unit;
        if (Files.isDirectory(path)) {
            unit = "records";
            BackupImporter importer = backupImporter(ledger, unit);
            AtomicReference<DoubleSupplier> shareRead = new AtomicReference<>(() -> 0);
            report = importer.csv(path, file -> {
                CountedReader counted = CountedReader.open(file);
                if (file.getFileName().toString().equals("deals.csv")) {
                    shareRead.set(counted.shareRead());
                }
                return counted.reader();
            }, () -> shareRead.get().getAsDouble());
        } else {
            CountedReader counted = CountedReader.open(path);
            try (Reader reader = counted.reader()) {
                if (startsWithAnObject(path)) {
                    unit = "records";
                    report = backupImporter(ledger, unit).json(reader, counted.shareRead());
                } else {
                    unit = "rows";
                    report = new DealCsvImporter(ledger.deals(), Progress.of(out, unit), DealCsvImporter.BATCH_SIZE,
                            () -> storage.reclaimSpaceDuringBulkLoad(database))
                            .importFrom(reader, new Actor("csv-import"), counted.shareRead());
                }
            }
        }
        if (report.stored() > 0) {
            storage.compact(database); // the last use of the database (it may close it)
        }
        report.refused().forEach(out::println);
        String summary = "rows".equals(unit)
                ? String.format(Locale.ROOT, "%,d rows imported, %,d rows refused", report.stored(),
                        report.refused().size())
                : String.format(Locale.ROOT, "%,d records imported, %,d already present, %,d refused",
                        report.stored(), report.unchanged(), report.refused().size());
        if (!report.refused().isEmpty()) {
            throw new CommandFailure(summary); // exit code 1: a script must not take a partial import for a whole one
        }
        out.println(summary);
    }

    private BackupImporter backupImporter(LedgerServices ledger, String unit) {
        return new BackupImporter(ledger.inPorts(), json, Progress.of(out, unit));
    }

    /** Whether the file's first character, after a byte order mark and white space, opens a JSON object. */
    private static boolean startsWithAnObject(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int character;
            do {
                character = reader.read();
            } while (character == '\uFEFF' || Character.isWhitespace(character));
            return character == '{';
        }
    }

    /** A UTF-8 reader of a file that knows which share of the file's bytes it has read. */
    private record CountedReader(BufferedReader reader, DoubleSupplier shareRead) {

        static CountedReader open(Path file) throws IOException {
            long size = Math.max(1, Files.size(file));
            BoundedInputStream counting = BoundedInputStream.builder().setPath(file).get();
            return new CountedReader(new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8)),
                    () -> Math.min(1, (double) counting.getCount() / size));
        }
    }
}
