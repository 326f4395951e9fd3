package io.crimelake.ingest.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.domain.RunMode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class StartRunCommandTest {
    @Test
    void parsesABackfillRange() {
        StartRunCommand command = StartRunCommand.parse("Backfill", "2015-01", "2024-12", 100L, 5000);

        assertThat(command.mode()).isEqualTo(RunMode.BACKFILL);
        assertThat(command.months().start()).isEqualTo(YearMonth.of(2015, 1));
        assertThat(command.months().windows()).hasSize(120);
    }

    @Test
    void defaultsToIncremental() {
        assertThat(StartRunCommand.parse(null, null, null, null, null)).isEqualTo(StartRunCommand.incremental());
    }

    @Test
    void namesTheFieldOfEachBadValue() {
        assertThat(fieldOf(() -> StartRunCommand.parse("sideways", null, null, null, null)))
                .isEqualTo("mode");
        assertThat(fieldOf(() -> StartRunCommand.parse("backfill", "2024-03", "2024-01", null, null)))
                .isEqualTo("end");
        assertThat(fieldOf(() -> StartRunCommand.parse("backfill", "2024/03", "2024-04", null, null)))
                .isEqualTo("start");
        assertThat(fieldOf(() -> StartRunCommand.parse("backfill", "2024-03", null, null, null)))
                .isEqualTo("end");
        assertThat(fieldOf(() -> StartRunCommand.parse("incremental", null, null, null, 50_001)))
                .isEqualTo("pageSize");
        assertThat(fieldOf(() -> StartRunCommand.parse("incremental", null, null, 0L, null)))
                .isEqualTo("limit");
        assertThat(fieldOf(() -> StartRunCommand.parse("csv", null, null, null, null)))
                .isEqualTo("fromCsv");
        assertThat(fieldOf(() -> new StartRunCommand(RunMode.BACKFILL, null, null, null, null)))
                .isEqualTo("start");
    }

    private static String fieldOf(Runnable parse) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRunRequestException.class, parse::run);
        assertThat(thrown).as("expected an InvalidRunRequestException").isNotNull();
        return thrown.field();
    }
}
