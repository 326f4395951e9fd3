package io.crimelake.simulator;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.fault.RandomFaults;
import io.crimelake.simulator.format.LocationStyle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a simulator is started with; {@code rows} may be null (about 700 crimes a day), and
 * {@code boundariesFile} may be null (synthetic boundaries).
 */
record SimulatorSettings(
        int port,
        long seed,
        Integer rows,
        LocalDate from,
        LocalDate to,
        List<Path> replayFiles,
        Path boundariesFile,
        String datasetId,
        boolean requireAppToken,
        LocationStyle locationStyle,
        RandomFaults randomFaults) {

    SimulatorSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (rows != null && rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        replayFiles = List.copyOf(requireNonNull(replayFiles, "replayFiles is null"));
        requireNonNull(datasetId, "datasetId is null");
        requireNonNull(locationStyle, "locationStyle is null");
        requireNonNull(randomFaults, "randomFaults is null");
    }
}
