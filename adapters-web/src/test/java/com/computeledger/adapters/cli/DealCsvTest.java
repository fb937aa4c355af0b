package com.computeledger.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV layout: what a record reads as, how a deal is written, and that what is written reads back. */
class DealCsvTest {

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
        assertThat(DealCsv.fields("\"Buyer, \"\"The\"\" Inc\",oracle,,60")).containsExactly(
                "Buyer, \"The\" Inc", "oracle", "", "60");
        assertThat(DealCsv.fields("a,,")).containsExactly("a", "", "");
    }

    @Test
    void aRecordWithAnUnclosedQuoteOrTheWrongNumberOfFieldsIsRefusedByName() {
        assertThatThrownBy(() -> DealCsv.toDetails("\"Buyer,aws,2025-01-01,,,undisclosed,,,REPORTED"))
                .isInstanceOf(InvariantViolationException.class).hasMessageStartingWith("record: has an unclosed");
        assertThatThrownBy(() -> DealCsv.toDetails("Buyer,aws,2025-01-01"))
                .hasMessage("record: has 3 fields, expected 9");
        assertThatThrownBy(() -> DealCsv.toDetails("Buyer,aws,2025-01-01,,,sometimes,,,REPORTED"))
                .hasMessage("valueKind: must be exact, range or undisclosed");
    }

    @Test
    void everyDemoDealReadsBackAsItWasWritten() {
        for (ArticleDemoData.DemoDeal demo : ArticleDemoData.deals()) {
            DealDetails written = new DealDetails(demo.details().customer(), demo.details().providerId(),
                    demo.details().announcedOn(), demo.details().term(), demo.details().value(),
                    demo.details().valueConfidence(), List.of(), Optional.empty(), List.of());
            assertThat(DealCsv.toDetails(DealCsv.toLine(deal(written)))).isEqualTo(written);
        }
    }

    @Test
    void aCustomerWithCommasAndQuotesIsQuotedAndReadsBack() {
        DealDetails demo = ArticleDemoData.deals().get(0).details();
        DealDetails quoted = new DealDetails(Customer.of("Buyer, \"The\" Inc"), demo.providerId(),
                demo.announcedOn(), demo.term(), demo.value(), demo.valueConfidence(), List.of(), Optional.empty(),
                List.of());

        String line = DealCsv.toLine(deal(quoted));

        assertThat(line).startsWith("\"Buyer, \"\"The\"\" Inc\",aws,").doesNotContain("\n");
        assertThat(DealCsv.toDetails(line)).isEqualTo(quoted);
    }

    private static Deal deal(DealDetails details) {
        return Deal.record(ArticleDemoData.OPENAI_AWS, details, new Actor("test"), Instant.EPOCH).deal();
    }
}
