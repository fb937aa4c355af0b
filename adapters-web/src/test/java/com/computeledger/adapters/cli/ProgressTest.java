package com.computeledger.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress lines: rows, rate and time left; redrawn in place on a terminal, a plain line now and then in a log. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    @Test
    void aLineSaysRowsRateShareAndTimeLeft() {
        Progress progress = new Progress(out(), false, clock::get, "deals");

        assertThat(progress.line(4_000, OptionalDouble.of(0.25), 2 * SECOND))
                .isEqualTo("4,000 deals, 2,000 deals/s, 25% done, 6 s left");
        assertThat(progress.line(1_000, OptionalDouble.of(0.01), 60 * SECOND))
                .isEqualTo("1,000 deals, 17 deals/s, 1% done, 1 h 39 min left");
        assertThat(progress.line(1_000, OptionalDouble.empty(), 10 * SECOND)).isEqualTo("1,000 deals, 100 deals/s");
    }

    @Test
    void aLogGetsAPlainLineAtMostEveryFiveSecondsAndTheLastFiguresAlways() {
        Progress progress = new Progress(out(), false, clock::get, "rows");

        clock.set(SECOND);
        progress.report(10, OptionalDouble.of(0.1));
        clock.set(6 * SECOND);
        progress.report(60, OptionalDouble.of(0.6));
        clock.set(7 * SECOND);
        progress.report(70, OptionalDouble.of(0.7));
        progress.finish(100);

        assertThat(printed()).isEqualTo("60 rows, 10 rows/s, 60% done, 4 s left\n100 rows, 14 rows/s\n");
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlace() {
        Progress progress = new Progress(out(), true, clock::get, "rows");

        clock.set(SECOND);
        progress.report(1_000, OptionalDouble.of(0.5));
        clock.set(2 * SECOND);
        progress.finish(2_000);

        assertThat(printed()).isEqualTo("\r1,000 rows, 1,000 rows/s, 50% done, 1 s left"
                + "\r2,000 rows, 1,000 rows/s" + " ".repeat(20) + "\n");
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
