package io.crimelake.ingest.adapter.out.file;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.domain.RunConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

/**
 * The one-run-per-dataset lease as a file {@code <dir>/<datasetId>.lease} on a folder every replica shares.
 *
 * <p>A lease is created with a hard link, which fails when the file exists, so two processes cannot both
 * create it. It expires after its time to live unless renewed, and a holder on the same host whose process
 * has died loses it at once, so a restart after {@code kill -9} need not wait.
 */
public final class FileRunLock implements RunLock {
    private final Path directory;
    private final Duration timeToLive;
    private final Clock clock;
    private final String host;
    private final long pid = ProcessHandle.current().pid();

    public FileRunLock(Path directory, Duration timeToLive, Clock clock, String host) throws IOException {
        this.directory = Files.createDirectories(requireNonNull(directory, "directory is null"));
        this.timeToLive = requireNonNull(timeToLive, "timeToLive is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.host = requireNonNull(host, "host is null");
    }

    @Override
    public synchronized void acquire(String datasetId, String runId) {
        Path file = leaseFile(datasetId);
        try {
            Lease current = read(file);
            if (current != null) {
                if (!current.abandoned(clock.instant(), host)) {
                    throw new RunConflictException(datasetId, current.runId());
                }
                // Moved aside rather than deleted: when another process moved it first, this move fails instead
                // of both going on to create a lease.
                Path aside = directory.resolve(".abandoned-" + UUID.randomUUID());
                Files.move(file, aside);
                Files.delete(aside);
            }
            Path candidate = writeCandidate(runId);
            try {
                Files.createLink(file, candidate);
            } catch (FileAlreadyExistsException e) {
                Lease winner = read(file);
                throw new RunConflictException(datasetId, winner == null ? "unknown" : winner.runId());
            } finally {
                Files.deleteIfExists(candidate);
            }
        } catch (NoSuchFileException e) {
            throw new RunConflictException(datasetId, "unknown (the lease changed hands while being taken over)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lease " + file, e);
        }
    }

    @Override
    public synchronized void renew(String datasetId, String runId) {
        Path file = leaseFile(datasetId);
        try {
            Lease current = read(file);
            if (current == null || !current.heldBy(runId, host, pid)) {
                throw new IllegalStateException("run " + runId + " lost the lease on " + datasetId + " to "
                        + (current == null ? "nobody" : current.runId()));
            }
            Path candidate = writeCandidate(runId);
            Files.move(candidate, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot renew the lease " + file, e);
        }
    }

    @Override
    public synchronized void release(String datasetId, String runId) {
        Path file = leaseFile(datasetId);
        try {
            Lease current = read(file);
            if (current != null && current.heldBy(runId, host, pid)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lease " + file, e);
        }
    }

    private Path leaseFile(String datasetId) {
        return directory.resolve(datasetId + ".lease");
    }

    private Path writeCandidate(String runId) throws IOException {
        Lease lease = new Lease(runId, host, pid, clock.instant().plus(timeToLive));
        Path candidate = directory.resolve(".candidate-" + UUID.randomUUID());
        try (OutputStream out = Files.newOutputStream(candidate)) {
            lease.toProperties().store(out, "ingest-service run lease");
        }
        return candidate;
    }

    private static Lease read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Properties properties = new Properties();
            properties.load(in);
            return Lease.fromProperties(properties);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
