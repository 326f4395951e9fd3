package io.crimelake.lakeformat.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion per local file, across threads and processes, for the local store's conditional writes.
 *
 * <p>Processes exclude each other with an OS lock ({@link FileChannel#lock()}, POSIX {@code fcntl}) on a
 * sibling lock file that listings skip. That lock belongs to the whole JVM, so threads of one JVM first take
 * an in-process lock per file: the OS would reject a second overlapping lock from the same JVM, and closing
 * any channel on the lock file would drop the OS lock for all of them.
 */
final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Work done while holding the lock. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws IOException;
    }

    private FileLocks() {}

    /** Runs {@code work} while no other thread or process holds the lock of {@code file}. */
    static <T> T withLock(Path file, Locked<T> work) throws IOException {
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, ignored -> new ReentrantLock());
        inProcess.lock();
        try {
            Path lockFile = file.resolveSibling(ObjectStore.TEMPORARY_PREFIX + "lock-" + file.getFileName());
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var ignored = channel.lock()) {
                return work.run();
            }
        } finally {
            inProcess.unlock();
        }
    }
}
