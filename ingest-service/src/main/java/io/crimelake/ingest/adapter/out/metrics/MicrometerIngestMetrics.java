package io.crimelake.ingest.adapter.out.metrics;

import io.crimelake.ingest.application.port.out.IngestMetrics;
import io.crimelake.ingest.domain.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Ingest metrics in Micrometer: {@code crimelake.ingest.rows} (tag {@code outcome}: staged, quarantined),
 * {@code crimelake.ingest.pages} and {@code crimelake.ingest.runs} (a timer tagged with the final status).
 */
public final class MicrometerIngestMetrics implements IngestMetrics {
    private final MeterRegistry registry;
    private final Counter stagedRows;
    private final Counter quarantinedRows;
    private final Counter pages;

    public MicrometerIngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.stagedRows = rows(registry, "staged");
        this.quarantinedRows = rows(registry, "quarantined");
        this.pages = Counter.builder("crimelake.ingest.pages")
                .description("pages committed to staging")
                .register(registry);
    }

    @Override
    public void pageStaged(long rows, long quarantined) {
        stagedRows.increment(rows - quarantined);
        quarantinedRows.increment(quarantined);
        pages.increment();
    }

    @Override
    public void runFinished(RunStatus status, Duration duration) {
        Timer.builder("crimelake.ingest.runs")
                .description("ingest runs by final status, with the time each worked in this process")
                .tag("status", status.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(duration);
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("crimelake.ingest.rows")
                .description("source rows staged or quarantined")
                .tag("outcome", outcome)
                .register(registry);
    }
}
