package io.crimelake.lake.application.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Hands out private local folders for a compaction's downloads and new files, deleted when it ends. */
public final class WorkFolders {
    private final Path root;

    public WorkFolders(Path root) {
        this.root = root;
    }

    Folder create(String prefix) {
        try {
            Files.createDirectories(root);
            return new Folder(Files.createTempDirectory(root, prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a work folder in " + root, e);
        }
    }

    /** Removes folders a killed process left behind; call before any compaction starts. */
    public void clear() {
        if (Files.isDirectory(root)) {
            deleteTree(root);
        }
    }

    /** A work folder, deleted with everything in it on close. */
    record Folder(Path path) implements AutoCloseable {
        @Override
        public void close() {
            deleteTree(path);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete work folder " + folder, e);
        }
    }
}
