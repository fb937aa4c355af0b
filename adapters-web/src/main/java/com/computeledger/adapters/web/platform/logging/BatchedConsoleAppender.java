package com.computeledger.adapters.web.platform.logging;

import ch.qos.logback.core.Layout;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lays each event out on the thread that logs it and queues the line; one writer thread wakes every
 * {@code interval} and writes whatever has queued in a single write, so no logging thread ever wakes another
 * (docs/adr/0035). When more than {@code capacity} lines wait, the logging thread writes them itself: every
 * event is written, in the order it was queued, and a stalled output slows the loggers instead of filling memory.
 */
final class BatchedConsoleAppender<E> extends UnsynchronizedAppenderBase<E> {

    private final Layout<E> layout;
    private final OutputStream output;
    private final Duration interval;
    private final int capacity;
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private ScheduledExecutorService writer;

    BatchedConsoleAppender(Layout<E> layout, OutputStream output, Duration interval, int capacity) {
        this.layout = layout;
        this.output = output;
        this.interval = interval;
        this.capacity = capacity;
    }

    @Override
    public void start() {
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "access-log-writer");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        writer.scheduleWithFixedDelay(this::writeWaitingLines, millis, millis, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        writer.shutdown(); // cancels the next wake-up; a write under way is let finish
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        writeWaitingLines();
    }

    @Override
    protected void append(E event) {
        lines.add(layout.doLayout(event));
        if (waiting.incrementAndGet() > capacity) {
            writeWaitingLines();
        }
    }

    /** Writes every queued line in one write; one writer at a time, so the lines keep their queue order. */
    private synchronized void writeWaitingLines() {
        StringBuilder text = new StringBuilder();
        int taken = 0;
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            text.append(line);
            taken++;
        }
        if (taken == 0) {
            return;
        }
        waiting.addAndGet(-taken);
        try {
            output.write(text.toString().getBytes(StandardCharsets.UTF_8));
            output.flush();
        } catch (IOException failure) {
            addError("could not write " + taken + " access log line(s)", failure);
        }
    }
}
