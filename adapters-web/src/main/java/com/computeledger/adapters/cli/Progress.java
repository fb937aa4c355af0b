package com.computeledger.adapters.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * The progress of a long import or export: rows done, rows per second and, once the share done is known, the time
 * left. On a terminal it is one line redrawn in place; anywhere else (a log file, a pipe) a plain line at most every
 * {@link #LOG_INTERVAL}, so a log of a long run stays short and readable. The last figures are always printed.
 */
public final class Progress {

    /** How often a line goes to a log. */
    public static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    /** How often the line on a terminal is redrawn. */
    private static final Duration TERMINAL_INTERVAL = Duration.ofMillis(250);

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final String unit;
    private final long started;
    private long lastPrinted;
    private String lastLine = "";

    Progress(PrintStream out, boolean terminal, LongSupplier nanoTime, String unit) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.unit = unit;
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    /** Progress in {@code unit}s (such as "deals") on {@code out}, drawn in place when the process runs on a terminal. */
    public static Progress of(PrintStream out, String unit) {
        return new Progress(out, System.console() != null, System::nanoTime, unit);
    }

    /** Reports {@code done} rows and, when known, the share of the work done (0 to 1); prints when a line is due. */
    public void report(long done, OptionalDouble shareDone) {
        long now = nanoTime.getAsLong();
        Duration interval = terminal ? TERMINAL_INTERVAL : LOG_INTERVAL;
        if (now - lastPrinted >= interval.toNanos()) {
            print(line(done, shareDone, now));
            lastPrinted = now;
        }
    }

    /** Prints the final figures, and ends the line drawn on a terminal. */
    public void finish(long done) {
        print(line(done, OptionalDouble.of(1), nanoTime.getAsLong()));
        if (terminal) {
            out.println();
        }
    }

    /** The line for {@code done} rows at {@code now}: {@code 12,000 deals, 4,000 deals/s, 3 s left}. */
    String line(long done, OptionalDouble shareDone, long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d %s, %,.0f %s/s", done, unit,
                done / seconds, unit));
        if (shareDone.isPresent() && shareDone.getAsDouble() > 0 && shareDone.getAsDouble() < 1) {
            double share = shareDone.getAsDouble();
            long secondsLeft = Math.round(seconds * (1 - share) / share);
            line.append(String.format(Locale.ROOT, ", %d%% done, %s left", (int) (share * 100), readable(secondsLeft)));
        }
        return line.toString();
    }

    private void print(String line) {
        if (terminal) {
            String padding = " ".repeat(Math.max(0, lastLine.length() - line.length()));
            out.print("\r" + line + padding);
            out.flush();
        } else {
            out.println(line);
        }
        lastLine = line;
    }

    private static String readable(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
