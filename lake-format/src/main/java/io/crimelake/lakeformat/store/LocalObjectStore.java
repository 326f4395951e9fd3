package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Lake objects as files under a local root folder, e.g. a volume shared by the services. */
public final class LocalObjectStore implements ObjectStore {
    private final Path root;

    /** Uses {@code root} as the lake root, creating the folder when it does not exist yet. */
    public LocalObjectStore(Path root) throws IOException {
        requireNonNull(root, "root is null");
        this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
    }

    public Path root() {
        return root;
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = resolve(key);
        if (Files.isDirectory(file)) {
            throw new NoSuchObjectException(key);
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchObjectException(key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public List<ObjectEntry> list(String prefix) throws IOException {
        ObjectKeys.requireValidPrefix(prefix);
        // Walk only the deepest folder the prefix names fully, then filter on the partial last segment.
        Path start = root.resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isInsideTemporary(file))
                    .flatMap(this::entry)
                    .filter(entry -> entry.key().startsWith(prefix))
                    .sorted(Comparator.comparing(ObjectEntry::key))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        requireNonNull(content, "content is null");
        AtomicFiles.write(resolve(key), temporary -> Files.write(temporary, content));
    }

    @Override
    public void upload(String key, Path source) throws IOException {
        requireNonNull(source, "source is null");
        AtomicFiles.write(
                resolve(key), temporary -> Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        requireNonNull(target, "target is null");
        try (InputStream in = open(key)) {
            AtomicFiles.write(target, temporary -> Files.copy(in, temporary));
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public void deleteAll(Collection<String> keys) throws IOException {
        // Validate every key first so a bad key cannot leave the batch half done.
        List<Path> files = keys.stream().map(this::resolve).toList();
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void publish(String key, byte[] content) throws IOException {
        Path file = resolve(key);
        write(key, content);
        AtomicFiles.syncDirectory(file.getParent());
    }

    /** {@inheritDoc} Here the version is the MD5 of the content, as S3 computes the ETag of a single PUT. */
    @Override
    public Optional<VersionedObject> readVersioned(String key) throws IOException {
        Path file = resolve(key);
        try {
            // Objects are only ever replaced by renames, so this reads one complete version.
            byte[] content = Files.readAllBytes(file);
            return Optional.of(new VersionedObject(content, version(content)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * {@inheritDoc} The file appears through a hard link, which fails when the name exists, under the key's
     * lock so that it cannot interleave with a {@link #replaceIf} of a concurrent process.
     */
    @Override
    public Optional<String> createIfAbsent(String key, byte[] content) throws IOException {
        requireNonNull(content, "content is null");
        Path file = resolve(key);
        boolean created = FileLocks.withLock(file, () -> AtomicFiles.createIfAbsent(file, content));
        return created ? Optional.of(version(content)) : Optional.empty();
    }

    /**
     * {@inheritDoc} Compare and rename happen under the key's lock ({@link FileLocks}), which every local
     * conditional write takes, so they are atomic across threads and processes sharing this folder (the folder's
     * file system must support POSIX locks: a local disk or NFSv4, not SMB).
     */
    @Override
    public Optional<String> replaceIf(String key, String expectedVersion, byte[] content) throws IOException {
        requireNonNull(expectedVersion, "expectedVersion is null");
        requireNonNull(content, "content is null");
        Path file = resolve(key);
        return FileLocks.withLock(file, () -> {
            Optional<VersionedObject> current = readVersioned(key);
            if (current.isEmpty() || !current.get().version().equals(expectedVersion)) {
                return Optional.empty();
            }
            publish(key, content);
            return Optional.of(version(content));
        });
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    private Path resolve(String key) {
        Path file = root.resolve(ObjectKeys.requireValidKey(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("key escapes the lake root: '" + key + "'");
        }
        return file;
    }

    private static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private boolean isInsideTemporary(Path file) {
        for (Path part : root.relativize(file)) {
            if (AtomicFiles.isTemporary(part)) {
                return true;
            }
        }
        return false;
    }

    private Stream<ObjectEntry> entry(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String key = root.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            return Stream.of(new ObjectEntry(
                    key, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            // Deleted between walking and reading, e.g. by a concurrent compaction: no longer part of the lake.
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
