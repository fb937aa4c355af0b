package com.computeledger.adapters.cli;

import com.computeledger.adapters.web.platform.json.RequestFields;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Money;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The CSV layout of deals (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes,
 * quotes doubled; one record per line unless a quoted field holds a line break). Columns, in this order, with this header line:
 * {@code customer,providerId,announcedOn,termStart,termMonths,valueKind,valueLow,valueHigh,valueConfidence}.
 * Empty means absent; {@code valueKind} is exact (amount in valueLow), range or undisclosed. This is the layout
 * of new deals typed into a spreadsheet: commitments, expansion and sources are not part of it, nor ids, statuses
 * or history; a backup ({@link LedgerBackup}) carries everything.
 */
public final class DealCsv {

    public static final String HEADER =
            "customer,providerId,announcedOn,termStart,termMonths,valueKind,valueLow,valueHigh,valueConfidence";

    private static final int COLUMNS = 9;

    /** U+FEFF, which spreadsheets write before the first byte of a UTF-8 file. */
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    /** Comma-separated, double quotes where a field needs them, one record per line ending in a line feed. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private DealCsv() {
    }

    /** The deal a record's fields describe; a bad field fails with an {@link InvariantViolationException} naming it. */
    public static DealDetails toDetails(List<String> fields) {
        if (fields.size() != COLUMNS) {
            throw new InvariantViolationException("record", "has " + fields.size() + " fields, expected " + COLUMNS);
        }
        DealDetails details = new DealDetails(new Customer(fields.get(0)), new ProviderId(fields.get(1)),
                required(fields.get(2), "announcedOn", LocalDate::parse),
                new Term(optional(fields.get(3), "termStart", LocalDate::parse),
                        optional(fields.get(4), "termMonths", Integer::valueOf)),
                value(fields), required(fields.get(8), "valueConfidence",
                text -> ValueConfidence.valueOf(text.toUpperCase(Locale.ROOT))),
                List.of(), Optional.empty(), List.of());
        details.checkWriteRules(); // a bad row is named by its line here, before it can refuse a whole batch
        return details;
    }

    private static DealValue value(List<String> fields) {
        String kind = required(fields.get(5), "valueKind", text -> text.toLowerCase(Locale.ROOT));
        return switch (kind) {
            case "exact" -> DealValue.exact(required(fields.get(6), "valueLow", DealCsv::money));
            case "range" -> DealValue.range(required(fields.get(6), "valueLow", DealCsv::money),
                    required(fields.get(7), "valueHigh", DealCsv::money));
            case "undisclosed" -> DealValue.undisclosed();
            default -> throw new InvariantViolationException("valueKind", "must be exact, range or undisclosed");
        };
    }

    /**
     * The records of a whole CSV file, read as they come (Apache Commons CSV, RFC 4180): a quoted field may hold
     * commas, doubled quotes and line breaks; a byte order mark before the header is skipped.
     */
    public static CSVParser records(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return CSVParser.parse(reader, FORMAT);
    }

    private static <T> T required(String text, String field, Function<String, T> parse) {
        return optional(text, field, parse)
                .orElseThrow(() -> new InvariantViolationException(field, "is required"));
    }

    private static <T> Optional<T> optional(String text, String field, Function<String, T> parse) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.strip()));
        } catch (InvariantViolationException invalid) {
            throw new InvariantViolationException(field, invalid.reason());
        } catch (DateTimeParseException notADate) {
            throw new InvariantViolationException(field, LedgerCalendar.FORMAT_MESSAGE);
        } catch (IllegalArgumentException malformed) {
            throw new InvariantViolationException(field, "'" + text + "' is not valid here");
        }
    }

    private static Money money(String text) {
        return Money.usd(RequestFields.decimal(text, "amount"));
    }
}
