package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.deal.DealJson.DealResponse;
import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout of a ledger backup, format version {@value #FORMAT_VERSION} (docs/backup.md). As JSON, one object:
 * {@code format}, {@code formatVersion}, {@code exportedAt} and {@code dealCount} first, then the arrays
 * {@code providers}, {@code accelerators} and {@code deals}, in that order (reference data before the deals that
 * name it). Providers and accelerators are the API's representations; each deal is the API's representation of
 * {@code GET /deals/{id}} with the entries of {@code GET /deals/{id}/history} under {@code history}. As CSV, a
 * folder of three files with the same content: {@code providers.csv}, {@code accelerators.csv} and
 * {@code deals.csv}, whose columns are the deal representation's fields by JSON path ({@code term.start}) and whose
 * {@code commitments}, {@code sources} and {@code history} cells hold the JSON arrays.
 */
public final class LedgerBackup {

    public static final String FORMAT = "compute-ledger-backup";
    public static final int FORMAT_VERSION = 1;

    static final String PROVIDERS = "providers";
    static final String ACCELERATORS = "accelerators";
    static final String DEALS = "deals";
    static final String HISTORY = "history";

    /** The columns of each file of a CSV backup ({@code providers.csv} and so on), by the array it holds. */
    static final Map<String, List<String>> CSV_FILES = Map.of(
            PROVIDERS, List.of("id", "name", "kind"),
            ACCELERATORS, List.of("id", "vendor", "model", "allInKilowattsPerUnit"),
            DEALS, List.of("id", "customer", "providerId", "announcedOn", "term.start", "term.durationMonths",
                    "value.kind", "value.amount", "value.low", "value.high", "value.currency", "valueConfidence",
                    "status", "version", "recordedAt", "updatedAt", "expansion.through", "expansion.note",
                    "commitments", "sources", HISTORY));

    /** The CSV columns that hold numbers (every other cell is text, a JSON array, or empty for absent). */
    private static final Set<String> NUMBER_COLUMNS = Set.of("term.durationMonths", "version");

    /** The CSV columns that hold a JSON array. */
    private static final Set<String> ARRAY_COLUMNS = Set.of("commitments", "sources", HISTORY);

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
        if (!(json instanceof ObjectNode object)) {
            throw new InvariantViolationException("deal", "must be a JSON object");
        }
        ObjectNode representation = object.deepCopy();
        JsonNode history = representation.remove(HISTORY);
        if (history == null || !history.isArray()) {
            throw new InvariantViolationException(HISTORY, "must be the array of the deal's history entries");
        }
        Deal deal = DealJsonMapping.toDeal(mapper.treeToValue(representation, DealResponse.class));
        List<HistoryEntryResponse> entries = mapper.treeToValue(history,
                mapper.getTypeFactory().constructCollectionType(List.class, HistoryEntryResponse.class));
        return new DealArchive(deal, entries.stream()
                .map(entry -> DealJsonMapping.toHistoryEntry(deal.id(), entry)).toList());
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
