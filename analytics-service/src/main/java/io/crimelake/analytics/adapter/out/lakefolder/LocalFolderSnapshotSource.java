package io.crimelake.analytics.adapter.out.lakefolder;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.SnapshotSource;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Treats the crimes Parquet files currently in a local lake folder as the snapshot, identified by a digest of
 * their names, sizes and modification times; the stand-in until lake-service's snapshot manifest is read.
 */
public final class LocalFolderSnapshotSource implements SnapshotSource {
    private static final String DATASET = "crimes";

    private final Path lakeRoot;

    public LocalFolderSnapshotSource(Path lakeRoot) {
        this.lakeRoot = requireNonNull(lakeRoot, "lakeRoot is null");
    }

    @Override
    public Optional<Snapshot> current() {
        Path datasetFolder = lakeRoot.resolve(DATASET);
        if (!Files.isDirectory(datasetFolder)) {
            return Optional.empty();
        }
        List<Path> files = dataFiles(datasetFolder);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            BasicFileAttributes attributes = attributes(file);
            Instant modified = attributes.lastModifiedTime().toInstant();
            newest = modified.isAfter(newest) ? modified : newest;
            String entry = lakeRoot.relativize(file) + "|" + attributes.size() + "|" + modified + "\n";
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        String id = "folder-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        return Optional.of(new Snapshot(id, newest, files));
    }

    private List<Path> dataFiles(Path datasetFolder) {
        try (Stream<Path> paths = Files.walk(datasetFolder, 3)) {
            List<Path> files = new ArrayList<>(paths.filter(Files::isRegularFile)
                    .filter(this::isCommittedDataFile)
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lake folder " + datasetFolder, e);
        }
    }

    private boolean isCommittedDataFile(Path file) {
        String name = file.getFileName().toString();
        String relative = lakeRoot.relativize(file).toString().replace('\\', '/');
        // Writers create .tmp-* siblings and rename them into place, so only final names are complete files.
        return name.endsWith(".parquet")
                && !name.startsWith(".")
                && PartitionKey.fromPath(relative).isPresent();
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
