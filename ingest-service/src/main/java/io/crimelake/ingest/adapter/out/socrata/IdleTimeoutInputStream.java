package io.crimelake.ingest.adapter.out.socrata;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that gives up when no byte arrives for a while: the HTTP client's own timeout stops at the
 * headers, and a portal that stalls mid-body would otherwise hold a run forever.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "soda-body-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private static final long MIN_CHECK_MILLIS = 10;

    private final Duration idleLimit;
    private final ScheduledFuture<?> check;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean timedOut;

    IdleTimeoutInputStream(InputStream body, Duration idleLimit) {
        super(body);
        this.idleLimit = idleLimit;
        long period = Math.max(MIN_CHECK_MILLIS, idleLimit.toMillis() / 4);
        this.check = WATCHDOG.scheduleAtFixedRate(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public int read() throws IOException {
        try {
            int value = super.read();
            lastProgress = System.nanoTime();
            return value;
        } catch (IOException e) {
            throw timedOut ? timeout(e) : e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int count = super.read(buffer, offset, length);
            lastProgress = System.nanoTime();
            return count;
        } catch (IOException e) {
            throw timedOut ? timeout(e) : e;
        }
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }

    // Closing the client's body stream wakes a read blocked on it, which then fails.
    private void closeIfIdle() {
        if (System.nanoTime() - lastProgress < idleLimit.toNanos()) {
            return;
        }
        timedOut = true;
        check.cancel(false);
        try {
            in.close();
        } catch (IOException e) {
            // The read that is waiting fails either way; nothing else needs this stream.
        }
    }

    private HttpTimeoutException timeout(IOException cause) {
        var timeout = new HttpTimeoutException("no data received for " + idleLimit.toMillis() + " ms mid-body");
        timeout.initCause(cause);
        return timeout;
    }
}
