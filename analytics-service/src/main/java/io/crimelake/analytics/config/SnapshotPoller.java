package io.crimelake.analytics.config;

import io.crimelake.analytics.application.port.in.RefreshBoundariesUseCase;
import io.crimelake.analytics.application.port.in.RefreshSnapshotUseCase;
import io.crimelake.analytics.application.service.CacheWarmer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Checks for a new lake snapshot at start-up and then every poll interval, so it is visible within seconds,
 * then builds its serving layout and warms the cache for the dashboard's opening view. Checks the stored
 * community-area boundaries too, less often: they change about once a year.
 */
@Component
class SnapshotPoller implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SnapshotPoller.class);

    private final RefreshSnapshotUseCase refresh;
    private final RefreshBoundariesUseCase boundaries;
    private final CacheWarmer warmer;
    private final QueryProperties properties;
    private ScheduledExecutorService scheduler;

    SnapshotPoller(
            RefreshSnapshotUseCase refresh,
            RefreshBoundariesUseCase boundaries,
            CacheWarmer warmer,
            QueryProperties properties) {
        this.refresh = refresh;
        this.boundaries = boundaries;
        this.warmer = warmer;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("snapshot-poller").daemon().factory());
        // Serve the current snapshot from the first request on; build its layout and warm off the start-up thread.
        boolean newBoundaries = refreshBoundariesQuietly();
        boolean switched = refreshQuietly() || newBoundaries;
        scheduler.execute(() -> prepareAndWarm(switched));
        long millis = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> prepareAndWarm(refreshQuietly()), millis, millis, TimeUnit.MILLISECONDS);
        long boundaryMillis = properties.boundaryPollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(
                () -> prepareAndWarm(refreshBoundariesQuietly()),
                boundaryMillis,
                boundaryMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private boolean refreshQuietly() {
        try {
            boolean switched = refresh.refresh();
            if (switched) {
                log.info("Switched to a new lake snapshot");
            }
            return switched;
        } catch (RuntimeException e) {
            // A failed poll keeps the current snapshot serving; the next poll tries again.
            log.warn("Could not check the lake for a new snapshot: {}", e.getMessage());
            return false;
        }
    }

    private boolean refreshBoundariesQuietly() {
        try {
            boolean switched = boundaries.refresh();
            if (switched) {
                log.info("Switched to new community-area boundaries");
            }
            return switched;
        } catch (RuntimeException e) {
            // Answers keep the names they have; the next check tries again.
            log.warn("Could not read the community-area boundaries: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Builds the current snapshot's layout on every tick (a no-op once built, a retry after a failure) and
     * warms the cache after a switch. Failures cost speed only: queries answer from Parquet meanwhile.
     */
    private void prepareAndWarm(boolean switched) {
        try {
            refresh.prepareCurrent();
        } catch (RuntimeException e) {
            log.warn("Could not build the serving layout; retrying at the next poll: {}", e.getMessage());
        }
        if (!switched) {
            return;
        }
        try {
            warmer.warm();
        } catch (RuntimeException e) {
            log.warn("Could not warm the cache for the new snapshot: {}", e.getMessage());
        }
    }
}
