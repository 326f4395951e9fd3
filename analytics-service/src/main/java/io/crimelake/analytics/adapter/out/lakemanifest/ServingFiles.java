package io.crimelake.analytics.adapter.out.lakemanifest;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * This service's own local copies of the lake files of the snapshots it serves, under {@code DATA_DIR}.
 *
 * <p>DuckDB here cannot read {@code s3://}, so files of an S3 lake are downloaded once (keys name immutable
 * files, so a new snapshot only fetches its new partitions). On a local lake a hard link stands in for the
 * copy: lake-service deletes a superseded file from its partition folder right after committing the next
 * snapshot, possibly before a query on the older snapshot has opened it, and the link keeps the bytes
 * readable at no cost. Either is released a grace period after the file leaves the current snapshot.
 */
final class ServingFiles {
    private static final String RETAINED = "_retained";

    private final ObjectStore store;
    private final Path localLakeRoot;
    private final Path servingRoot;
    private final Duration grace;
    private final Clock clock;
    private final Map<String, Instant> releasedAt = new HashMap<>();

    /** @param localLakeRoot the lake's folder when it is local (files are linked), null for S3 (downloaded) */
    ServingFiles(ObjectStore store, Path localLakeRoot, Path servingRoot, Duration grace, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.localLakeRoot = localLakeRoot;
        this.servingRoot = requireNonNull(servingRoot, "servingRoot is null");
        this.grace = requireNonNull(grace, "grace is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** A path to {@code key}'s bytes that stays readable until released; keys name immutable files. */
    synchronized Path pin(String key) {
        releasedAt.remove(key);
        Path link = servingRoot.resolve(key);
        if (Files.exists(link)) {
            return link;
        }
        try {
            Files.createDirectories(link.getParent());
            if (localLakeRoot == null) {
                download(key, link);
            } else {
                linkOrCopy(localSource(key), link);
            }
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pin lake file " + key, e);
        }
    }

    /** Starts the grace period of every pinned key outside {@code current}; deletes those whose period ended. */
    synchronized void releaseAllBut(Set<String> current, Set<String> pinned) {
        Instant now = clock.instant();
        pinned.stream().filter(key -> !current.contains(key)).forEach(key -> releasedAt.putIfAbsent(key, now));
        for (Iterator<Map.Entry<String, Instant>> it = releasedAt.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Instant> released = it.next();
            if (released.getValue().plus(grace).isBefore(now)) {
                delete(servingRoot.resolve(released.getKey()));
                it.remove();
            }
        }
    }

    // A file superseded after the manifest was read has already moved to lake-service's retained copies.
    private void download(String key, Path target) throws IOException {
        Path partial = target.resolveSibling(".tmp-" + target.getFileName());
        store.download(store.exists(key) ? key : RETAINED + "/" + key, partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path localSource(String key) throws NoSuchFileException {
        Path original = localLakeRoot.resolve(key);
        if (Files.exists(original)) {
            return original;
        }
        Path retained = localLakeRoot.resolve(RETAINED).resolve(key);
        if (Files.exists(retained)) {
            return retained;
        }
        throw new NoSuchFileException(original.toString(), null, "neither in its partition nor retained");
    }

    private static void linkOrCopy(Path source, Path link) throws IOException {
        try {
            Files.createLink(link, source);
        } catch (FileAlreadyExistsException e) {
            // Another pin of the same immutable key won the race; its link is as good as ours.
        } catch (UnsupportedOperationException | IOException e) {
            // Hard links need one file system; a copy is slower but equally immutable.
            Path partial = link.resolveSibling(".tmp-" + link.getFileName());
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A link that cannot be removed only costs disk space; serving never depends on it being gone.
        }
    }
}
