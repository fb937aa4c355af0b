package com.computeledger.adapters.web.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dropwizard.jackson.Jackson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The module writes exactly what Jackson's JavaTimeModule writes, for every instant and date tried. */
class IsoTimeModuleTest {

    private static final ObjectMapper OURS = JsonSettings.apply(Jackson.newObjectMapper());
    private static final ObjectMapper JACKSONS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final long FIRST_SECOND = Instant.parse("-9999-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("+19999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void theApiMapperWritesInstantsAndDatesThroughTheModule() throws Exception {
        for (Class<?> type : List.of(Instant.class, LocalDate.class)) {
            assertThat(OURS.getSerializerProviderInstance().findValueSerializer(type).getClass().getEnclosingClass())
                    .isEqualTo(IsoTimeModule.class);
        }
    }

    @Test
    void writesInstantsAsJavaTimeModuleDoes() throws Exception {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("2026-12-03T06:22:08.845318Z"), Instant.parse("2026-12-03T06:22:08Z"),
                Instant.parse("2026-12-03T06:22:08.100Z"), Instant.parse("2026-12-03T06:22:08.000100Z"),
                Instant.parse("2026-12-03T06:22:08.000000001Z"), Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z")));
        Random random = new Random(36);
        for (int i = 0; i < 100_000; i++) {
            long second = FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        assertThat(OURS.writeValueAsString(instants)).isEqualTo(JACKSONS.writeValueAsString(instants));
        assertThat(OURS.writeValueAsString(Map.of("recordedAt", Instant.parse("2026-12-03T06:22:08.845318Z"))))
                .isEqualTo("{\"recordedAt\":\"2026-12-03T06:22:08.845318Z\"}");
    }

    @Test
    void writesDatesAsJavaTimeModuleDoes() throws Exception {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH,
                LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(999, 2, 3), LocalDate.of(9999, 12, 31),
                LocalDate.of(10_000, 1, 1), LocalDate.of(2024, 2, 29)));
        Random random = new Random(36);
        long first = LocalDate.of(-9999, 1, 1).toEpochDay();
        long last = LocalDate.of(19_999, 12, 31).toEpochDay();
        for (int i = 0; i < 100_000; i++) {
            dates.add(LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first))));
        }
        assertThat(OURS.writeValueAsString(dates)).isEqualTo(JACKSONS.writeValueAsString(dates));
        assertThat(OURS.writeValueAsString(LocalDate.of(2025, 1, 1))).isEqualTo("\"2025-01-01\"");
    }
}
