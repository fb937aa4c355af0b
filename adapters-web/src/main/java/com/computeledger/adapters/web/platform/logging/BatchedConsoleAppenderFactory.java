package com.computeledger.adapters.web.platform.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.DeferredProcessingAware;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.async.AsyncAppenderFactory;
import io.dropwizard.logging.common.filter.LevelFilterFactory;
import io.dropwizard.logging.common.layout.LayoutFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * {@code type: console-batched}: standard output like Dropwizard's {@code console} appender, written in batches by
 * {@link BatchedConsoleAppender} instead of through an asynchronous appender that wakes its writer for every
 * event (docs/adr/0035). For the access log, where every request logs one line. Its own settings are
 * {@code interval} and {@code capacity}; those of the asynchronous appender ({@code queueSize}, {@code neverBlock},
 * {@code discardingThreshold}) have nothing to configure here.
 */
@JsonTypeName("console-batched")
public final class BatchedConsoleAppenderFactory<E extends DeferredProcessingAware> extends AbstractAppenderFactory<E> {

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration interval = Duration.milliseconds(100);

    @Min(1)
    @Max(1_000_000)
    private int capacity = 10_000;

    @JsonProperty
    public Duration getInterval() {
        return interval;
    }

    @JsonProperty
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    @JsonProperty
    public int getCapacity() {
        return capacity;
    }

    @JsonProperty
    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Appender<E> build(LoggerContext context, String applicationName, LayoutFactory<E> layoutFactory,
                             LevelFilterFactory<E> levelFilterFactory, AsyncAppenderFactory<E> asyncAppenderFactory) {
        BatchedConsoleAppender<E> appender = new BatchedConsoleAppender<>(buildLayout(context, layoutFactory),
                System.out, interval.toJavaDuration(), capacity);
        appender.setName("console-batched");
        appender.setContext(context);
        appender.addFilter(levelFilterFactory.build(threshold));
        getFilterFactories().forEach(filter -> appender.addFilter(filter.build()));
        appender.start();
        return appender;
    }
}
