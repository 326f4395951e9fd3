package io.crimelake.lakeformat.crimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.dataset.Lineage;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CrimeRecordTest {
    private static final LocalDateTime DATE = LocalDateTime.parse("2024-01-01T00:00:00");

    @Test
    void withLineageReplacesOnlyTheLineage() {
        var original = CrimeRecordFixtures.record(1, DATE);

        var rewritten = original.withLineage(new Lineage("run-2", Instant.EPOCH));

        assertThat(rewritten.ingestRunId()).isEqualTo("run-2");
        assertThat(rewritten.ingestedAt()).isEqualTo(Instant.EPOCH);
        assertThat(rewritten.withLineage(new Lineage(original.ingestRunId(), original.ingestedAt())))
                .isEqualTo(original);
    }

    @Test
    void requiresDate() {
        var r = CrimeRecordFixtures.record(1, DATE);

        assertThatThrownBy(() -> new CrimeRecord(
                        r.id(),
                        r.caseNumber(),
                        null,
                        r.block(),
                        r.iucr(),
                        r.primaryType(),
                        r.description(),
                        r.locationDescription(),
                        r.arrest(),
                        r.domestic(),
                        r.beat(),
                        r.district(),
                        r.ward(),
                        r.communityArea(),
                        r.fbiCode(),
                        r.xCoordinate(),
                        r.yCoordinate(),
                        r.year(),
                        r.updatedOn(),
                        r.latitude(),
                        r.longitude(),
                        false,
                        r.ingestRunId(),
                        r.ingestedAt()))
                .hasMessage("date is null");
    }

    @Test
    void refusesHalfALocation() {
        var full = CrimeRecordFixtures.record(1, DATE);

        assertThatThrownBy(() -> withLocation(full, 41.8, null, false))
                .hasMessageContaining("both be set or both be null");
    }

    @Test
    void refusesFlaggedLocationThatStillHasCoordinates() {
        var full = CrimeRecordFixtures.record(1, DATE);

        assertThatThrownBy(() -> withLocation(full, 41.8, -87.6, true)).hasMessageContaining("flagged location");
    }

    private static CrimeRecord withLocation(CrimeRecord r, Double latitude, Double longitude, boolean flagged) {
        return new CrimeRecord(
                r.id(),
                r.caseNumber(),
                r.date(),
                r.block(),
                r.iucr(),
                r.primaryType(),
                r.description(),
                r.locationDescription(),
                r.arrest(),
                r.domestic(),
                r.beat(),
                r.district(),
                r.ward(),
                r.communityArea(),
                r.fbiCode(),
                r.xCoordinate(),
                r.yCoordinate(),
                r.year(),
                r.updatedOn(),
                latitude,
                longitude,
                flagged,
                r.ingestRunId(),
                r.ingestedAt());
    }
}
