package com.computeledger.adapters.web.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes {@link Instant}s and {@link LocalDate}s as the same ISO-8601 text that Jackson's {@code JavaTimeModule}
 * writes ({@code 2026-12-03T06:22:08.845318Z}, {@code 2025-01-01}), character for character, but laid out digit by
 * digit instead of through a {@code DateTimeFormatter} or a {@code StringBuilder}: a page of fifty deals holds
 * 400 of them, and formatting them was 8 % of its CPU (docs/adr/0036). Years outside 0000–9999, which ISO-8601
 * writes with a sign, go through the JDK's own formatting. Reading is unchanged.
 */
public final class IsoTimeModule extends SimpleModule {

    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
    private static final int SECONDS_PER_DAY = 86_400;

    public IsoTimeModule() {
        super("IsoTimeModule");
        addSerializer(Instant.class, new InstantText());
        addSerializer(LocalDate.class, new LocalDateText());
    }

    /** Lays {@code instant} out in {@code text}; the length, or -1 for a year outside 0000–9999. */
    private static int instant(Instant instant, char[] text) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        if (day < FIRST_DAY || day > LAST_DAY) {
            return -1;
        }
        int at = date(LocalDate.ofEpochDay(day), text);
        int second = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        text[at++] = 'T';
        at = digits(second / 3600, 2, text, at);
        text[at++] = ':';
        at = digits(second / 60 % 60, 2, text, at);
        text[at++] = ':';
        at = digits(second % 60, 2, text, at);
        int nano = instant.getNano();
        if (nano != 0) {
            text[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(nano / 1_000_000, 3, text, at);
            } else if (nano % 1_000 == 0) {
                at = digits(nano / 1_000, 6, text, at);
            } else {
                at = digits(nano, 9, text, at);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    /** Lays {@code date} out at the start of {@code text}; 10, or -1 for a year outside 0000–9999. */
    private static int date(LocalDate date, char[] text) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return -1;
        }
        int at = digits(year, 4, text, 0);
        text[at++] = '-';
        at = digits(date.getMonthValue(), 2, text, at);
        text[at++] = '-';
        return digits(date.getDayOfMonth(), 2, text, at);
    }

    /** Writes {@code value} as exactly {@code count} decimal digits, zero-padded, at {@code at}; the next position. */
    private static int digits(int value, int count, char[] text, int at) {
        for (int position = at + count - 1; position >= at; position--) {
            text[position] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + count;
    }

    /** An instant as ISO-8601 text in UTC. */
    private static final class InstantText extends StdSerializer<Instant> {

        InstantText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            char[] text = new char[30];
            int length = instant(value, text);
            if (length < 0) {
                generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
            } else {
                generator.writeString(text, 0, length);
            }
        }
    }

    /** A date as ISO-8601 text. */
    private static final class LocalDateText extends StdSerializer<LocalDate> {

        LocalDateText() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            char[] text = new char[10];
            if (date(value, text) < 0) {
                generator.writeString(value.toString());
            } else {
                generator.writeString(text, 0, text.length);
            }
        }
    }
}
