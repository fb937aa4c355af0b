package com.computeledger.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class DealCsvImporterTest {

    private final DealUseCases deals = mock(DealUseCases.class);
    private final Runnable halfway = mock(Runnable.class);

    /** Batches stored so far; the share of the input read is measured in them (three batches here). */
    private final AtomicInteger batchesStored = new AtomicInteger();

    @Test
    void theStorageReclaimsSpaceOnceAfterTheFirstBatchStoredPastHalfTheInputAndNotAtItsEnd() throws Exception {
        ImportReport report = importer(2).importFrom(new StringReader(csv(6)), new Actor("test"),
                () -> batchesStored.get() / 3.0);

        assertThat(report.stored()).isEqualTo(6);
        InOrder order = inOrder(deals, halfway);
        order.verify(deals, times(2)).recordAll(anyList(), any());
        order.verify(halfway).run();
        order.verify(deals).recordAll(anyList(), any());
        verify(halfway, times(1)).run();
    }

    @Test
    void anInputThatFitsInOneBatchIsNeverInterrupted() throws Exception {
        importer(2).importFrom(new StringReader(csv(2)), new Actor("test"), () -> batchesStored.get() / 1.0);

        verify(deals).recordAll(anyList(), any());
        verify(halfway, never()).run();
    }

    private DealCsvImporter importer(int batchSize) {
        when(deals.recordAll(anyList(), any())).thenAnswer(call -> {
            List<DealDetails> batch = call.getArgument(0);
            batchesStored.incrementAndGet();
            return batch.stream().map(details -> (Deal) null).toList();
        });
        return new DealCsvImporter(deals, Progress.of(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), "rows"), batchSize, halfway);
    }

    private static String csv(int rows) {
        return DealCsv.HEADER + "\n" + IntStream.range(0, rows)
                .mapToObj(row -> "Buyer " + row + ",aws,2025-01-0" + (1 + row) + ",2025-01-01,12,exact,"
                        + (1_000_000 + row) + ",,REPORTED\n")
                .collect(Collectors.joining());
    }
}
