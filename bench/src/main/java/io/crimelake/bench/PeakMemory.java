package io.crimelake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the process's peak resident set size (VmHWM) from /proc, where the OS provides it. */
final class PeakMemory {

    private PeakMemory() {}

    static String describe() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring("VmHWM:".length()).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown (no /proc on this OS)";
        }
    }
}
