package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.deal.DealJson.DealResponse;
import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowResponse;
import com.computeledger.adapters.web.money.MoneyFlowJsonMapping;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of a ledger backup, format version {@value #FORMAT_VERSION} (docs/backup.md). As JSON, one object:
 * {@code format}, {@code formatVersion}, {@code exportedAt} and {@code dealCount} first, then one array per
 * {@link Section}, in its order (what a record names comes before it). Each record is the API's representation;
 * deals and money flows carry the entries of their {@code /history} under {@code history}. As CSV, a folder with
 * one file per section and the same content: columns are the representation's fields by JSON path
 * ({@code term.start}), and cells that hold lists ({@code roles}, {@code commitments}, {@code sources},
 * {@code history}) hold them as JSON arrays.
 */
public final class LedgerBackup {

    public static final String FORMAT = "compute-ledger-backup";
    public static final int FORMAT_VERSION = 1;

    static final String HISTORY = "history";

    /**
     * The parts of a backup, in the order they are written and restored (what a record names comes before it): each
     * the name of its JSON array, the file of a CSV backup that holds it, and that file's columns.
     */
    public enum Section {
        ORGANISATIONS("organisations", "organisations", "organisations.csv", List.of("id", "name", "roles")),
        PROVIDERS("providers", "providers", "providers.csv", List.of("id", "name", "kind", "owner")),
        ACCELERATORS("accelerators", "accelerators", "accelerators.csv", List.of("id", "vendor", "model",
                "allInKilowattsPerUnit")),
        DEALS("deals", "deals", "deals.csv", List.of("id", "customer", "providerId", "announcedOn", "term.start",
                "term.durationMonths", "value.kind", "value.amount", "value.low", "value.high", "value.currency",
                "valueConfidence", "status", "version", "recordedAt", "updatedAt", "expansion.through",
                "expansion.note", "commitments", "sources", HISTORY)),
        MONEY_FLOWS("moneyFlows", "money flows", "money-flows.csv", List.of("id", "kind", "payer", "payee", "announcedOn",
                "term.start", "term.durationMonths", "value.kind", "value.amount", "value.low", "value.high",
                "value.currency", "valueConfidence", "sources", "version", "recordedAt", "updatedAt", HISTORY)),
        REVENUE_RUN_RATES("revenueRunRates", "revenue run rates", "revenue-run-rates.csv", List.of("organisationId",
                "annualRevenue.amount", "annualRevenue.currency", "asOf", "confidence", "source.title",
                "source.address", "source.publishedOn"));

        final String field;
        /** What its records are called in a sentence. */
        public final String label;
        final String file;
        final List<String> columns;

        Section(String field, String label, String file, List<String> columns) {
            this.field = field;
            this.label = label;
            this.file = file;
            this.columns = columns;
        }

        /** The section whose JSON array is named {@code field}. */
        static Optional<Section> named(String field) {
            return Arrays.stream(values()).filter(section -> section.field.equals(field)).findFirst();
        }
    }

    /** The CSV columns that hold numbers (every other cell is text, a JSON array, or empty for absent). */
    private static final Set<String> NUMBER_COLUMNS = Set.of("term.durationMonths", "version");

    /** The CSV columns that hold a JSON array. */
    private static final Set<String> ARRAY_COLUMNS = Set.of("roles", "commitments", "sources", HISTORY);

    private LedgerBackup() {
    }

    /** A deal and its history as the JSON backup holds it. */
    static ObjectNode toJson(DealArchive archive, ObjectMapper mapper) {
        ObjectNode deal = mapper.valueToTree(DealJsonMapping.toResponse(archive.deal()));
        deal.set(HISTORY, mapper.valueToTree(archive.history().stream().map(DealJsonMapping::toResponse).toList()));
        return deal;
    }

    /**
     * The deal and history a backup's deal object holds; fails with an {@link InvariantViolationException} or a
     * {@link JsonProcessingException} naming what is wrong.
     */
    static DealArchive toArchive(JsonNode json, ObjectMapper mapper) throws JsonProcessingException {
        ObjectNode representation = withoutHistory(json, "deal");
        List<HistoryEntryResponse> entries = historyOf(json, mapper);
        Deal deal = DealJsonMapping.toDeal(mapper.treeToValue(representation, DealResponse.class));
        return new DealArchive(deal, entries.stream()
                .map(entry -> DealJsonMapping.toHistoryEntry(deal.id(), entry)).toList());
    }

    /** The object {@code json} without its history: the API's representation of the record. */
    private static ObjectNode withoutHistory(JsonNode json, String record) {
        if (!(json instanceof ObjectNode object)) {
            throw new InvariantViolationException(record, "must be a JSON object");
        }
        ObjectNode representation = object.deepCopy();
        representation.remove(HISTORY);
        return representation;
    }

    /** The history entries under {@code history}, as the API returns them. */
    private static List<HistoryEntryResponse> historyOf(JsonNode json, ObjectMapper mapper)
            throws JsonProcessingException {
        JsonNode history = json.get(HISTORY);
        if (history == null || !history.isArray()) {
            throw new InvariantViolationException(HISTORY, "must be the array of the record's history entries");
        }
        return mapper.treeToValue(history,
                mapper.getTypeFactory().constructCollectionType(List.class, HistoryEntryResponse.class));
    }

    /** A money flow and its history as the JSON backup holds it. */
    static ObjectNode toJson(MoneyFlow flow, List<MoneyFlowHistoryEntry> history, ObjectMapper mapper) {
        ObjectNode json = mapper.valueToTree(MoneyFlowJsonMapping.toResponse(flow));
        json.set(HISTORY, mapper.valueToTree(history.stream().map(MoneyFlowJsonMapping::toResponse).toList()));
        return json;
    }

    /** The flow and its history that a backup's money-flow object holds. */
    static MoneyFlowArchive toMoneyFlow(JsonNode json, ObjectMapper mapper) throws JsonProcessingException {
        ObjectNode representation = withoutHistory(json, "money flow");
        List<HistoryEntryResponse> entries = historyOf(json, mapper);
        MoneyFlow flow = MoneyFlowJsonMapping.toFlow(mapper.treeToValue(representation, MoneyFlowResponse.class));
        return new MoneyFlowArchive(flow, entries.stream()
                .map(entry -> MoneyFlowJsonMapping.toHistoryEntry(flow.id(), entry)).toList());
    }

    /** The cells of a JSON object in a CSV file's columns: a nested field by its path, an array as JSON text. */
    static List<String> toCells(ObjectNode json, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            JsonNode value = json.at("/" + column.replace('.', '/'));
            cells.add(value.isMissingNode() || value.isNull() ? "" : value.isContainerNode() ? value.toString()
                    : value.asText());
        }
        return cells;
    }

    /** The JSON object a CSV record stands for (the reverse of {@link #toCells}); an empty cell is an absent field. */
    static ObjectNode fromCells(List<String> cells, List<String> columns, ObjectMapper mapper) {
        if (cells.size() != columns.size()) {
            throw new InvariantViolationException("record", "has " + cells.size() + " fields, expected "
                    + columns.size());
        }
        ObjectNode json = mapper.createObjectNode();
        for (int index = 0; index < columns.size(); index++) {
            String column = columns.get(index);
            String cell = cells.get(index);
            if (cell.isEmpty()) {
                continue;
            }
            String[] path = column.split("\\.");
            ObjectNode parent = path.length == 1 ? json : json.withObjectProperty(path[0]);
            parent.set(path[path.length - 1], cellValue(column, cell, mapper));
        }
        return json;
    }

    private static JsonNode cellValue(String column, String cell, ObjectMapper mapper) {
        if (ARRAY_COLUMNS.contains(column)) {
            JsonNode array;
            try {
                array = mapper.readTree(cell);
            } catch (JsonProcessingException malformed) {
                throw new InvariantViolationException(column, "must hold a JSON array (" + malformed.getOriginalMessage()
                        + ")");
            }
            if (!array.isArray()) {
                throw new InvariantViolationException(column, "must hold a JSON array");
            }
            return array;
        }
        if (NUMBER_COLUMNS.contains(column)) {
            try {
                return mapper.getNodeFactory().numberNode(Long.parseLong(cell.strip()));
            } catch (NumberFormatException notANumber) {
                throw new InvariantViolationException(column, "must be a whole number");
            }
        }
        return TextNode.valueOf(cell);
    }
}
