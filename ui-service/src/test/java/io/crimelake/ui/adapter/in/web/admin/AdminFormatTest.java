package io.crimelake.ui.adapter.in.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ui.domain.admin.AdminRuns;
import io.crimelake.ui.domain.admin.LakeHandoff;
import io.crimelake.ui.domain.admin.LakeSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminFormatTest {

    @Test
    void describesLiveProgressWithTotalRateAndEta() {
        assertThat(AdminFormat.progress(AdminRuns.running("r", 120_000, 500_000L)))
                .isEqualTo("RUNNING · page 3 · 120,000 of 500,000 rows · 12 quarantined · 32,000 rows/s · ETA 1:15");
    }

    @Test
    void leavesOutTheTotalAndEtaUntilTheSourceCountedTheRows() {
        assertThat(AdminFormat.progress(AdminRuns.running("r", 5_000, null)))
                .isEqualTo("RUNNING · page 3 · 5,000 rows · 12 quarantined · 32,000 rows/s");
    }

    @Test
    void announcesAnEndedRunAndWhatTheLakeMadeOfIt() {
        assertThat(AdminFormat.finished(AdminRuns.completed("r1"))).isEqualTo("Run r1 COMPLETED · 9,800 rows fetched");
        assertThat(AdminFormat.finished(AdminRuns.failed("r2", "portal answered 500")))
                .isEqualTo("Run r2 FAILED: portal answered 500");
        assertThat(AdminFormat.handedOff(AdminRuns.completed("r1")))
                .isEqualTo("Lake took run r1: snapshot 7 · 9,500 inserted, 280 updated");
    }

    @Test
    void leavesHandoffCountsBlankUntilTheLakeTookTheBatch() {
        assertThat(AdminFormat.handoffCount(AdminRuns.completed("r"), LakeHandoff::rowsUpdated))
                .isEqualTo("280");
        assertThat(AdminFormat.handoffCount(AdminRuns.running("r", 1, null), LakeHandoff::rowsUpdated))
                .isEmpty();
    }

    @Test
    void describesTheCurrentSnapshot() {
        LakeSnapshot snapshot = new LakeSnapshot(7, Instant.parse("2024-11-04T09:15:45Z"), "b", 262_144, 10_485_760, 2);

        assertThat(AdminFormat.snapshot(Optional.of(snapshot)))
                .isEqualTo("Snapshot 7 · 262,144 rows · 10.0 MB · 2 files · committed 2024-11-04 09:15:45 UTC");
        assertThat(AdminFormat.snapshot(Optional.empty())).startsWith("No snapshot yet");
    }

    @Test
    void formatsSizesAndDurations() {
        assertThat(AdminFormat.bytes(999)).isEqualTo("999 B");
        assertThat(AdminFormat.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(AdminFormat.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
        assertThat(AdminFormat.duration(Duration.ofSeconds(9))).isEqualTo("0:09");
        assertThat(AdminFormat.duration(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        assertThat(AdminFormat.minute(Instant.parse("2024-11-04T09:15:45Z"))).isEqualTo("2024-11-04 09:15");
        assertThat(AdminFormat.minute(null)).isEmpty();
        assertThat(AdminFormat.took(AdminRuns.completed("r"))).isEqualTo("0:39");
        assertThat(AdminFormat.took(AdminRuns.running("r", 1, null))).isEmpty();
    }
}
