package io.crimelake.lakeformat.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes local files by writing a temporary sibling, syncing it and renaming it over the target, so a crash
 * never leaves a partial file under the final name.
 */
final class AtomicFiles {
    /** Fills the temporary file with the new content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {}

    static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Same directory, so the rename stays on one file system and is atomic.
        Path temporary =
                directory.resolve(ObjectStore.TEMPORARY_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
        try {
            content.writeTo(temporary);
            // Without this a crash after the rename could leave the final name pointing at unwritten blocks.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code content} under {@code target} unless a file already has that name, atomically: the complete
     * file appears under the name through a hard link, which the OS refuses when the name exists.
     *
     * @return whether this call created the file
     */
    static boolean createIfAbsent(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary =
                directory.resolve(ObjectStore.TEMPORARY_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
        try {
            Files.write(temporary, content);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(directory);
        return true;
    }

    /** Makes a completed rename in {@code directory} survive a crash. */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(ObjectStore.TEMPORARY_PREFIX);
    }
}
