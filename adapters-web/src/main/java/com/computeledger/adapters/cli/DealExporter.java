package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.application.listing.DealCursor;
import com.computeledger.application.listing.DealPage;
import com.computeledger.application.listing.DealSort;
import com.computeledger.application.port.in.ListDealsUseCase;
import com.computeledger.application.port.in.ListDealsUseCase.ListDealsQuery;
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

    private final ListDealsUseCase listDeals;

    public DealExporter(ListDealsUseCase listDeals) {
        this.listDeals = listDeals;
    }

    public int csv(Writer out) throws IOException {
        out.write(DealCsv.HEADER + "\n");
        int written = 0;
        for (Optional<DealCursor> cursor = Optional.empty(); ; ) {
            DealPage page = page(cursor);
            for (Deal deal : page.deals()) {
                out.write(DealCsv.toLine(deal) + "\n");
                written++;
            }
            if (page.next().isEmpty()) {
                return written;
            }
            cursor = page.next();
        }
    }

    public int json(Writer out, ObjectMapper mapper) throws IOException {
        int written = 0;
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            for (Optional<DealCursor> cursor = Optional.empty(); ; ) {
                DealPage page = page(cursor);
                for (Deal deal : page.deals()) {
                    mapper.writeValue(json, DealJsonMapping.toResponse(deal));
                    written++;
                }
                if (page.next().isEmpty()) {
                    break;
                }
                cursor = page.next();
            }
            json.writeEndArray();
        }
        return written;
    }

    private DealPage page(Optional<DealCursor> after) {
        return listDeals.list(new ListDealsQuery(DealFilter.ALL, DealSort.RECORDED_AT_ASC, after,
                ListDealsQuery.MAX_LIMIT));
    }
}
