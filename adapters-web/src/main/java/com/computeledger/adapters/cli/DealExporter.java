package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealFilter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes every deal, page by page (keyset, oldest recorded first), as CSV in the {@link DealCsv} layout or as
 * a JSON array of the API's deal representation. Memory use does not grow with the ledger.
 */
public final class DealExporter {

    private final DealUseCases listDeals;

    public DealExporter(DealUseCases listDeals) {
        this.listDeals = listDeals;
    }

    public int csv(Writer out) throws IOException {
        out.write(DealCsv.HEADER + "\n");
        return eachDeal(deal -> out.write(DealCsv.toLine(deal) + "\n"));
    }

    public int json(Writer out, ObjectMapper mapper) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            int written = eachDeal(deal -> mapper.writeValue(json, DealJsonMapping.toResponse(deal)));
            json.writeEndArray();
            return written;
        }
    }

    /** Hands every deal to {@code write}, one page at a time; returns how many there were. */
    private int eachDeal(DealWriter write) throws IOException {
        int written = 0;
        Optional<DealCursor> after = Optional.empty();
        do {
            DealPage page = listDeals.list(new ListDealsQuery(DealFilter.ALL, DealSort.RECORDED_AT_ASC, after,
                    ListDealsQuery.MAX_LIMIT));
            for (Deal deal : page.deals()) {
                write.write(deal);
                written++;
            }
            after = page.next();
        } while (after.isPresent());
        return written;
    }

    /** Writes one deal to the export. */
    @FunctionalInterface
    private interface DealWriter {
        void write(Deal deal) throws IOException;
    }
}
