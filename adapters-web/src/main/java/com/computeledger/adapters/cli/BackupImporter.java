package com.computeledger.adapters.cli;

import com.computeledger.adapters.cli.ImportReport.Refusal;
import com.computeledger.adapters.cli.LedgerBackup.Section;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.RunRateResponse;
import com.computeledger.adapters.web.money.RevenueRunRateResource;
import com.computeledger.adapters.web.reference.AcceleratorResource.AcceleratorJson;
import com.computeledger.adapters.web.reference.OrganisationResource.OrganisationJson;
import com.computeledger.adapters.web.reference.ProviderResource.ProviderJson;
import com.computeledger.application.deal.port.in.DealUseCases.RestoreOutcome;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.shared.DomainException;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Restores a ledger from a backup ({@link LedgerBackup}), JSON or CSV, section by section in the backup's order:
 * organisations, providers, accelerators, deals ({@value #BATCH_SIZE} to a transaction), money flows, revenue run
 * rates. A record whose id is free is stored exactly as it was exported; one stored already with the same content
 * is counted and left alone, so importing a file twice, or again after an interrupted run, adds nothing twice; one
 * stored with other content, or one that cannot be read, is refused with where it is in the file and why. A killed
 * import leaves whole transactions only.
 */
public final class BackupImporter {

    /** Deals restored per transaction: a batch is a few thousand rows with its history. */
    public static final int BATCH_SIZE = 1_000;

    private final LedgerInPorts ledger;
    private final ObjectMapper mapper;
    /** Reads one element of an array at a time: what follows it is the next element, not trailing content. */
    private final ObjectReader element;
    private final Progress progress;

    public BackupImporter(LedgerInPorts ledger, ObjectMapper mapper, Progress progress) {
        this.ledger = ledger;
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
                if (field.equals("format") && !LedgerBackup.FORMAT.equals(parser.getValueAsString())) {
                    return restore.stop(where, "not a ledger backup: format must be \"" + LedgerBackup.FORMAT + "\"")
                            .finish();
                }
                if (field.equals("formatVersion")) {
                    if (parser.getValueAsInt(-1) != LedgerBackup.FORMAT_VERSION) {
                        return restore.stop(where, "format version " + parser.getText() + " is not one this "
                                + "version reads (" + LedgerBackup.FORMAT_VERSION + ")").finish();
                    }
                    formatChecked = true;
                }
                Optional<Section> section = Section.named(field);
                if (section.isPresent()) {
                    eachElement(parser, line -> restore.record(section.get(), line, () -> element.readTree(parser)));
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonParseException malformed) {
            return restore.stop("line " + malformed.getLocation().getLineNr(), "malformed JSON ("
                    + malformed.getOriginalMessage() + "); the rest of the file is not read").finish();
        }
        return restore.finish();
    }

    /**
     * Restores the CSV backup in {@code folder} (one file per section, each starting with its header line);
     * {@code shareRead} tells how much of {@code deals.csv} is read, and {@code open} opens a file for reading.
     */
    public ImportReport csv(Path folder, FileOpener open, DoubleSupplier shareRead) throws IOException {
        Restore restore = new Restore(shareRead);
        for (Section section : Section.values()) {
            Path file = folder.resolve(section.file);
            if (!Files.isRegularFile(file)) {
                return restore.stop(section.file, "is missing: a CSV backup is a folder with " + Arrays.stream(
                        Section.values()).map(each -> each.file).collect(Collectors.joining(", "))
                        + " (export --format csv)").finish();
            }
            try (Reader reader = open.open(file); CSVParser records = DealCsv.records(reader)) {
                if (!eachRecord(records, section, restore)) {
                    return restore.finish();
                }
            }
        }
        return restore.finish();
    }

    /** Restores every record of one file of a CSV backup; false when the file could not be read to its end. */
    private boolean eachRecord(CSVParser records, Section section, Restore restore) throws IOException {
        Iterator<CSVRecord> rows = records.iterator();
        if (!rows.hasNext() || !rows.next().toList().equals(section.columns)) {
            restore.stop(section.file + " line 1", "the first line must be the header "
                    + String.join(",", section.columns));
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
                restore.stop(section.file + " line " + startsOn,
                        "record: has an unclosed or misplaced quote; the rest of the file is not read");
                return false;
            }
            restore.record(section, section.file + " line " + records.getCurrentLineNumber(),
                    () -> LedgerBackup.fromCells(record.toList(), section.columns, mapper));
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

        /** Restores one record of {@code section}, read as JSON by {@code json}. */
        void record(Section section, String where, Reading<JsonNode> json) throws IOException {
            switch (section) {
                case ORGANISATIONS -> restore(where,
                        () -> mapper.treeToValue(json.read(), OrganisationJson.class).toDomain(),
                        ledger.organisations()::restore, organisation -> registeredOtherwise("organisation",
                                organisation.id().value()));
                case PROVIDERS -> restore(where, () -> mapper.treeToValue(json.read(), ProviderJson.class).toDomain(),
                        ledger.providers()::restore, provider -> registeredOtherwise("provider", provider.id().value()));
                case ACCELERATORS -> restore(where,
                        () -> mapper.treeToValue(json.read(), AcceleratorJson.class).toDomain(),
                        ledger.accelerators()::restore, accelerator -> registeredOtherwise("accelerator",
                                accelerator.id().value()));
                case DEALS -> deal(where, () -> LedgerBackup.toArchive(json.read(), mapper));
                case MONEY_FLOWS -> restore(where, () -> LedgerBackup.toMoneyFlow(json.read(), mapper),
                        ledger.moneyFlows()::restore,
                        flow -> "money flow " + flow.id() + " is stored with other content; the stored one is kept");
                case REVENUE_RUN_RATES -> restore(where, () -> RevenueRunRateResource.toDomain(
                        mapper.treeToValue(json.read(), RunRateResponse.class)), ledger.revenueRunRates()::restore,
                        runRate -> "the run rate of '" + runRate.organisation().value() + "' as of " + runRate.asOf()
                                + " is recorded with other content; the recorded one is kept");
            }
        }

        /**
         * Restores one record through its use case: stored, or counted as present when the same record is stored
         * already; refused, saying so with {@code conflict}, when its id is stored with other content.
         */
        private <T> void restore(String where, Reading<T> read, Predicate<T> restore, Function<T, String> conflict)
                throws IOException {
            read(where, read).ifPresent(record -> attempt(where, () -> {
                try {
                    if (restore.test(record)) {
                        stored++;
                    } else {
                        unchanged++;
                    }
                } catch (AlreadyExistsException taken) {
                    refused.add(new Refusal(where, conflict.apply(record)));
                }
            }));
        }

        private static String registeredOtherwise(String kind, String id) {
            return kind + " '" + id + "' is registered with other content; the registered one is kept";
        }

        private void deal(String where, Reading<DealArchive> read) throws IOException {
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
            List<RestoreOutcome> outcomes = ledger.deals().restoreAll(batch);
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

        /** Runs {@code store}; a rule it breaks (an unknown organisation, an invalid value) refuses the record. */
        private void attempt(String where, Runnable store) {
            try {
                store.run();
            } catch (DomainException | NotFoundException refusal) {
                refused.add(new Refusal(where, refusal.getMessage()));
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
