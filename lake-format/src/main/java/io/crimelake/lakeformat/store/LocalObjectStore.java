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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
