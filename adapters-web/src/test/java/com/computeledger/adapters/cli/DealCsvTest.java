package com.computeledger.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.InvariantViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The flat CSV layout of new deals: how records are read, and what a record's fields read as. */
class DealCsvTest {

    @Test
    void quotedFieldsKeepTheirCommasDoubledQuotesAndLineBreaks() throws IOException {
        assertThat(records("\"Buyer, \"\"The\"\"\nInc\",oracle,,60\r\na,,\n")).containsExactly(
                List.of("Buyer, \"The\"\nInc", "oracle", "", "60"), List.of("a", "", ""));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        assertThat(records("\uFEFF" + DealCsv.HEADER + "\n").get(0).get(0)).isEqualTo("customer");
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsOrABadFieldIsRefusedByName() {
        assertThatThrownBy(() -> DealCsv.toDetails(List.of("Buyer", "aws", "2025-01-01")))
                .isInstanceOf(InvariantViolationException.class).hasMessage("record: has 3 fields, expected 9");
        assertThatThrownBy(() -> DealCsv.toDetails(List.of("Buyer", "aws", "2025-01-01", "", "", "sometimes", "", "",
                "REPORTED"))).hasMessage("valueKind: must be exact, range or undisclosed");
        assertThatThrownBy(() -> DealCsv.toDetails(List.of("Buyer", "aws", "yesterday", "", "", "undisclosed", "",
                "", "REPORTED"))).hasMessageStartingWith("announcedOn: must be an ISO-8601 date");
    }

    @Test
    void theArticlesAwsDealReadsAsTheDemoDataHoldsIt() throws IOException {
        DealDetails demo = ArticleDemoData.deals().get(0).details();
        DealDetails expected = new DealDetails(Customer.of("OpenAI"), demo.providerId(), demo.announcedOn(),
                demo.term(), demo.value(), demo.valueConfidence(), List.of(), Optional.empty(), List.of());

        List<String> fields = records("OpenAI,aws,2025-11-03,2025-11-03,84,exact,38000000000,,confirmed\n").get(0);

        assertThat(DealCsv.toDetails(fields)).isEqualTo(expected);
    }

    private static List<List<String>> records(String csv) throws IOException {
        try (CSVParser parser = DealCsv.records(new StringReader(csv))) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }
}
