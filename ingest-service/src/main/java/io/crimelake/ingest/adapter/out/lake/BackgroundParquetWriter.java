package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a page's records to a Parquet file on a thread of its own, so that encoding and compressing them
 * overlaps with reading and normalising the next rows on the caller's thread (two cores instead of one).
 *
 * <p>Records travel in small batches through a bounded queue, so memory stays flat whatever the page size. The
 * file is complete only once {@link #close()} returned; a failure on the writing thread surfaces there or on a
 * later {@link #write}.
 */
final class BackgroundParquetWriter implements AutoCloseable {
    private static final int BATCH_SIZE = 1_024;
    private static final int QUEUED_BATCHES = 8;
    private static final List<CrimeRecord> END = List.of();

    private final Path file;
    private final BlockingQueue<List<CrimeRecord>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile Exception failure;
    private volatile boolean abandoned;
    private List<CrimeRecord> batch = new ArrayList<>(BATCH_SIZE);

    BackgroundParquetWriter(Path file) {
        this.file = requireNonNull(file, "file is null");
        this.thread = Thread.ofPlatform()
                .name("parquet-writer-" + file.getFileName())
                .daemon()
                .start(this::drain);
    }

    void write(CrimeRecord record) throws IOException {
        batch.add(record);
        if (batch.size() == BATCH_SIZE) {
            hand(batch);
            batch = new ArrayList<>(BATCH_SIZE);
        }
    }

    /** Writes the remaining records and the file footer, and waits until the file is complete. */
    @Override
    public void close() throws IOException {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = List.of();
        }
        hand(END);
        join();
        rethrowFailure();
    }

    /** Stops writing without completing the file; the caller deletes it. */
    void abandon() {
        abandoned = true;
        thread.interrupt();
        try {
            join();
        } catch (InterruptedIOException e) {
            // The writing thread ends on its own; its file is thrown away either way.
        }
    }

    private void hand(List<CrimeRecord> records) throws IOException {
        rethrowFailure();
        try {
            queue.put(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + file);
        }
    }

    private void join() throws InterruptedIOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + file);
        }
    }

    private void rethrowFailure() throws IOException {
        if (failure != null) {
            throw new IOException("cannot write " + file + ": " + failure.getMessage(), failure);
        }
    }

    private void drain() {
        try (LakeParquetWriter<CrimeRecord> writer = LakeParquetWriter.create(CrimesDataset.definition(), file)) {
            for (List<CrimeRecord> records = queue.take(); records != END; records = queue.take()) {
                for (CrimeRecord record : records) {
                    writer.write(record);
                }
                if (abandoned) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
            // Keep taking, so the producer never blocks on a full queue while it has yet to see the failure.
            drainUntilEnd();
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void drainUntilEnd() {
        try {
            while (!abandoned && queue.take() != END) {
                // Discarded: the page fails as a whole.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
