package com.computeledger.adapters.cli;

import com.computeledger.adapters.cli.ImportReport.Refusal;
import com.computeledger.adapters.web.reference.AcceleratorResource.AcceleratorJson;
import com.computeledger.adapters.web.reference.ProviderResource.ProviderJson;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.application.deal.port.in.DealUseCases.RestoreOutcome;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Restores a ledger from a backup ({@link LedgerBackup}), JSON or CSV: providers and accelerators first, then the
 * deals, {@value #BATCH_SIZE} to a transaction. A record whose id is free is stored exactly as it was exported;
 * one stored already with the same content is counted and left alone, so importing a file twice, or again after an
 * interrupted run, adds nothing twice; one stored with other content, or one that cannot be read, is refused with
 * where it is in the file and why. A killed import leaves whole batches only.
 */
public final class BackupImporter {

    /** Deals restored per transaction: a batch is a few thousand rows with its history. */
    public static final int BATCH_SIZE = 1_000;

    private final DealUseCases deals;
    private final ProviderUseCases providers;
    private final AcceleratorUseCases accelerators;
    private final ObjectMapper mapper;
    /** Reads one element of an array at a time: what follows it is the next element, not trailing content. */
    private final ObjectReader element;
    private final Progress progress;

    public BackupImporter(DealUseCases deals, ProviderUseCases providers, AcceleratorUseCases accelerators,
                          ObjectMapper mapper, Progress progress) {
        this.deals = deals;
        this.providers = providers;
        this.accelerators = accelerators;
        this.mapper = mapper;
        this.element = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.progress = progress;
    }

    /**
     * Restores the JSON backup {@code json} as it streams; {@code shareRead} tells how much of the file is read. A
     * file that is not a backup of a format version this reads is refused as a whole, before anything is stored;
     * malformed JSON ends the reading where it is (nothing after it can be read reliably).
     */
    public ImportReport json(Reader json, DoubleSupplier shareRead) throws IOException {
        Restore restore = new Restore(shareRead);
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return restore.stop("line 1", "not a ledger backup: it must be one JSON object "
                        + "(export --format json)").finish();
            }
            boolean formatChecked = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                String where = "line " + parser.currentLocation().getLineNr();
                parser.nextToken();
                if (!formatChecked && !field.equals("format") && !field.equals("formatVersion")) {
                    return restore.stop(where, "not a ledger backup: \"format\": \"" + LedgerBackup.FORMAT
                            + "\" and \"formatVersion\" must come first").finish();
                }
                switch (field) {
                    case "format" -> {
                        if (!LedgerBackup.FORMAT.equals(parser.getValueAsString())) {
                            return restore.stop(where, "not a ledger backup: format must be \"" + LedgerBackup.FORMAT
                                    + "\"").finish();
                        }
                    }
                    case "formatVersion" -> {
                        if (parser.getValueAsInt(-1) != LedgerBackup.FORMAT_VERSION) {
                            return restore.stop(where, "format version " + parser.getText() + " is not one this "
                                    + "version reads (" + LedgerBackup.FORMAT_VERSION + ")").finish();
                        }
                        formatChecked = true;
                    }
                    case LedgerBackup.PROVIDERS -> eachElement(parser, line -> restore.provider(line,
                            () -> mapper.treeToValue(element.readTree(parser), ProviderJson.class).toDomain()));
                    case LedgerBackup.ACCELERATORS -> eachElement(parser, line -> restore.accelerator(line,
                            () -> mapper.treeToValue(element.readTree(parser), AcceleratorJson.class).toDomain()));
                    case LedgerBackup.DEALS -> eachElement(parser, line -> restore.deal(line,
                            () -> LedgerBackup.toArchive(element.readTree(parser), mapper)));
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonParseException malformed) {
            return restore.stop("line " + malformed.getLocation().getLineNr(), "malformed JSON ("
                    + malformed.getOriginalMessage() + "); the rest of the file is not read").finish();
        }
        return restore.finish();
    }

    /**
     * Restores the CSV backup in {@code folder} ({@code providers.csv}, {@code accelerators.csv}, {@code deals.csv},
     * each starting with its header line); {@code shareRead} tells how much of {@code deals.csv} is read, and
     * {@code open} opens a file of the folder for reading.
     */
    public ImportReport csv(Path folder, FileOpener open, DoubleSupplier shareRead) throws IOException {
        Restore restore = new Restore(shareRead);
        for (String name : List.of(LedgerBackup.PROVIDERS, LedgerBackup.ACCELERATORS, LedgerBackup.DEALS)) {
            Path file = folder.resolve(name + ".csv");
            if (!Files.isRegularFile(file)) {
                return restore.stop(name + ".csv", "is missing: a CSV backup is a folder with providers.csv, "
                        + "accelerators.csv and deals.csv (export --format csv)").finish();
            }
            try (Reader reader = open.open(file); CSVParser records = DealCsv.records(reader)) {
                if (!eachRecord(records, name, restore)) {
                    return restore.finish();
                }
            }
        }
        return restore.finish();
    }

    /** Restores every record of one file of a CSV backup; false when the file could not be read to its end. */
    private boolean eachRecord(CSVParser records, String name, Restore restore) throws IOException {
        List<String> columns = LedgerBackup.CSV_FILES.get(name);
        Iterator<CSVRecord> rows = records.iterator();
        if (!rows.hasNext() || !rows.next().toList().equals(columns)) {
            restore.stop(name + ".csv line 1", "the first line must be the header " + String.join(",", columns));
            return false;
        }
        while (true) {
            long startsOn = records.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!rows.hasNext()) {
                    return true;
                }
                record = rows.next();
            } catch (UncheckedIOException malformed) {
                restore.stop(name + ".csv line " + startsOn,
                        "record: has an unclosed or misplaced quote; the rest of the file is not read");
                return false;
            }
            String where = name + ".csv line " + records.getCurrentLineNumber();
            switch (name) {
                case LedgerBackup.PROVIDERS -> restore.provider(where, () -> mapper.treeToValue(
                        LedgerBackup.fromCells(record.toList(), columns, mapper), ProviderJson.class).toDomain());
                case LedgerBackup.ACCELERATORS -> restore.accelerator(where, () -> mapper.treeToValue(
                        LedgerBackup.fromCells(record.toList(), columns, mapper), AcceleratorJson.class).toDomain());
                default -> restore.deal(where, () -> LedgerBackup.toArchive(
                        LedgerBackup.fromCells(record.toList(), columns, mapper), mapper));
            }
        }
    }

    /** Hands each element of the array the parser is on to {@code restore}, with the line it starts on. */
    private static void eachElement(JsonParser parser, ElementRestore restore) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(parser, "\"" + parser.currentName() + "\" must be an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            restore.restore("line " + parser.currentLocation().getLineNr());
        }
    }

    /** The running tally of one import: the batch of deals not yet stored, the counts, the refusals. */
    private final class Restore {

        private final DoubleSupplier shareRead;
        private final List<DealArchive> batch = new ArrayList<>();
        private final List<String> batchLines = new ArrayList<>();
        private final List<Refusal> refused = new ArrayList<>();
        private long stored;
        private long unchanged;

        Restore(DoubleSupplier shareRead) {
            this.shareRead = shareRead;
        }

        void provider(String where, Reading<Provider> read) throws IOException {
            referenceEntry(where, read, "provider", provider -> provider.id().value(), providers::register,
                    provider -> providers.get(provider.id()));
        }

        void accelerator(String where, Reading<Accelerator> read) throws IOException {
            referenceEntry(where, read, "accelerator", accelerator -> accelerator.id().value(), accelerators::register,
                    accelerator -> accelerators.get(accelerator.id()));
        }

        /** Registers a provider or accelerator; one registered already counts as present when it is the same. */
        private <T> void referenceEntry(String where, Reading<T> read, String kind, Function<T, String> id,
                                        Consumer<T> register, UnaryOperator<T> registered) throws IOException {
            read(where, read).ifPresent(entry -> {
                try {
                    register.accept(entry);
                    stored++;
                } catch (AlreadyExistsException taken) {
                    sameOrRefused(where, registered.apply(entry).equals(entry), kind + " '" + id.apply(entry)
                            + "' is registered with other content; the registered one is kept");
                }
            });
        }

        void deal(String where, Reading<DealArchive> read) throws IOException {
            Optional<DealArchive> archive = read(where, read);
            if (archive.isEmpty()) {
                return;
            }
            batch.add(archive.get());
            batchLines.add(where);
            if (batch.size() == BATCH_SIZE) {
                storeBatch();
            }
        }

        /** Stores what is left and reports the final figures. */
        ImportReport finish() {
            storeBatch();
            progress.finish(stored + unchanged + refused.size());
            return new ImportReport(stored, unchanged, refused);
        }

        /** Refuses the rest of the file, saying why; what was read before is still stored by {@link #finish}. */
        Restore stop(String where, String why) {
            refused.add(new Refusal(where, why));
            return this;
        }

        private void storeBatch() {
            if (batch.isEmpty()) {
                return;
            }
            List<RestoreOutcome> outcomes = deals.restoreAll(batch);
            for (int index = 0; index < outcomes.size(); index++) {
                RestoreOutcome outcome = outcomes.get(index);
                switch (outcome.result()) {
                    case RESTORED -> stored++;
                    case ALREADY_PRESENT -> unchanged++;
                    case REFUSED -> refused.add(new Refusal(batchLines.get(index), "deal " + outcome.id() + " "
                            + outcome.refusal().orElseThrow()));
                }
            }
            batch.clear();
            batchLines.clear();
            progress.report(stored + unchanged + refused.size(), OptionalDouble.of(shareRead.getAsDouble()));
        }

        private void sameOrRefused(String where, boolean same, String why) {
            if (same) {
                unchanged++;
            } else {
                refused.add(new Refusal(where, why));
            }
        }

        /** What {@code read} reads, or empty with a refusal when the record cannot be read or breaks a rule. */
        private <T> Optional<T> read(String where, Reading<T> read) throws IOException {
            try {
                return Optional.of(read.read());
            } catch (InvariantViolationException invalid) {
                refused.add(new Refusal(where, invalid.getMessage()));
            } catch (JsonMappingException unmappable) {
                String field = unmappable.getPath().stream().map(step -> step.getFieldName() != null
                        ? step.getFieldName() : "[" + step.getIndex() + "]").collect(Collectors.joining("."));
                refused.add(new Refusal(where, (field.isEmpty() ? "" : field.replace(".[", "[") + ": ")
                        + unmappable.getOriginalMessage()));
            }
            return Optional.empty();
        }
    }

    /** Reads one record. */
    @FunctionalInterface
    private interface Reading<T> {
        T read() throws IOException;
    }

    /** Restores one element of an array, named by where it starts. */
    @FunctionalInterface
    private interface ElementRestore {
        void restore(String where) throws IOException;
    }

    /** Opens a file for reading (so the caller can count the bytes read). */
    @FunctionalInterface
    public interface FileOpener {
        Reader open(Path file) throws IOException;
    }
}
