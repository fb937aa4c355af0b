package com.computeledger.adapters.web.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.ContextBase;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.BaseValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The access log written in batches: order, capacity, stopping, many threads, its name in the configuration. */
class BatchedConsoleAppenderTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void theWriterThreadWritesTheQueuedLinesInTheOrderTheyWereLogged() throws InterruptedException {
        BatchedConsoleAppender<String> appender = started(java.time.Duration.ofMillis(10), 1_000);
        List.of("first", "second", "third").forEach(appender::doAppend);

        for (int wait = 0; wait < 500 && lines().size() < 3; wait++) {
            Thread.sleep(10);
        }

        assertThat(lines()).containsExactly("first", "second", "third");
        appender.stop();
    }

    @Test
    void linesWaitForTheWriterUntilMoreThanTheCapacityAreQueuedThenTheLoggerWritesThem() {
        BatchedConsoleAppender<String> appender = started(java.time.Duration.ofHours(1), 2);

        appender.doAppend("one");
        appender.doAppend("two");
        assertThat(lines()).isEmpty();
        appender.doAppend("three");
        assertThat(lines()).containsExactly("one", "two", "three");
        appender.doAppend("four");
        assertThat(lines()).containsExactly("one", "two", "three");

        appender.stop();
        assertThat(lines()).containsExactly("one", "two", "three", "four");
    }

    @Test
    void stoppingWritesWhatIsStillQueuedAndLaterEventsAreIgnored() {
        BatchedConsoleAppender<String> appender = started(java.time.Duration.ofHours(1), 1_000);
        appender.doAppend("queued");

        appender.stop();
        appender.doAppend("after the stop");

        assertThat(lines()).containsExactly("queued");
    }

    @Test
    void manyLoggingThreadsLoseNoLineAndEachThreadsLinesKeepTheirOrder() throws Exception {
        BatchedConsoleAppender<String> appender = started(java.time.Duration.ofMillis(1), 50);
        int threads = 8;
        int perThread = 2_000;
        ExecutorService loggers = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int id = thread;
            done.add(loggers.submit(() -> IntStream.range(0, perThread)
                    .forEach(index -> appender.doAppend(id + ":" + index))));
        }
        for (Future<?> logger : done) {
            logger.get(1, TimeUnit.MINUTES);
        }
        loggers.shutdown();
        appender.stop();

        List<String> written = lines();
        assertThat(written).hasSize(threads * perThread);
        for (int thread = 0; thread < threads; thread++) {
            String prefix = thread + ":";
            assertThat(written.stream().filter(line -> line.startsWith(prefix)).toList())
                    .containsExactlyElementsOf(IntStream.range(0, perThread)
                            .mapToObj(index -> prefix + index).toList());
        }
    }

    @Test
    void theConfigurationNamesItConsoleBatched() throws Exception {
        ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());

        AppenderFactory<?> factory = yaml.readValue("type: console-batched\ninterval: 50ms\ncapacity: 5\n",
                AppenderFactory.class);

        assertThat(factory).isInstanceOfSatisfying(BatchedConsoleAppenderFactory.class, batched -> {
            assertThat(batched.getInterval()).isEqualTo(Duration.milliseconds(50));
            assertThat(batched.getCapacity()).isEqualTo(5);
        });
    }

    @Test
    void anIntervalOfNothingIsRefusedByTheConfigurationsValidation() {
        BatchedConsoleAppenderFactory<?> factory = new BatchedConsoleAppenderFactory<>();
        factory.setInterval(Duration.milliseconds(0));

        assertThat(BaseValidator.newValidator().validate(factory)).singleElement()
                .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("interval"));
    }

    private BatchedConsoleAppender<String> started(java.time.Duration interval, int capacity) {
        LayoutBase<String> layout = new LayoutBase<>() {
            @Override
            public String doLayout(String event) {
                return event + "\n";
            }
        };
        BatchedConsoleAppender<String> appender = new BatchedConsoleAppender<>(layout, output, interval, capacity);
        appender.setContext(new ContextBase());
        appender.start();
        return appender;
    }

    private List<String> lines() {
        String text = output.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
