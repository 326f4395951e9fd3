package io.crimelake.simulator;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.fault.RandomFaults;
import io.crimelake.simulator.format.LocationStyle;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Configures and starts a {@link SocrataSimulator}. Without replay files the data is synthetic: {@code rows}
 * crimes ending on {@code to} (default 2024-12-31), or about 700 a day over {@code from..to} (default one year).
 */
public final class SocrataSimulatorBuilder {

    /** The portal's id of "Crimes - 2001 to Present". */
    public static final String CRIMES_DATASET_ID = "ijzp-q8t2";

    static final LocalDate DEFAULT_END = LocalDate.of(2024, 12, 31);

    private int port;
    private long seed = 42;
    private Integer rows;
    private LocalDate from;
    private LocalDate to;
    private final List<Path> replayFiles = new ArrayList<>();
    private Path boundariesFile;
    private String datasetId = CRIMES_DATASET_ID;
    private boolean requireAppToken;
    private LocationStyle locationStyle = LocationStyle.LEGACY_OBJECT;
    private RandomFaults randomFaults = RandomFaults.none();

    SocrataSimulatorBuilder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public SocrataSimulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    public SocrataSimulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    public SocrataSimulatorBuilder rows(int rows) {
        this.rows = rows;
        return this;
    }

    public SocrataSimulatorBuilder from(LocalDate from) {
        this.from = requireNonNull(from, "from is null");
        return this;
    }

    public SocrataSimulatorBuilder to(LocalDate to) {
        this.to = requireNonNull(to, "to is null");
        return this;
    }

    /** Serves the rows of saved portal files instead of synthetic data. */
    public SocrataSimulatorBuilder replay(Path... files) {
        replayFiles.addAll(Arrays.asList(files));
        return this;
    }

    /** Serves these community-area boundaries (a portal GeoJSON export) instead of synthetic ones. */
    public SocrataSimulatorBuilder boundaries(Path file) {
        this.boundariesFile = requireNonNull(file, "file is null");
        return this;
    }

    public SocrataSimulatorBuilder datasetId(String datasetId) {
        this.datasetId = requireNonNull(datasetId, "datasetId is null");
        return this;
    }

    /** Answers 403 to requests without an app token. */
    public SocrataSimulatorBuilder requireAppToken() {
        this.requireAppToken = true;
        return this;
    }

    public SocrataSimulatorBuilder locationStyle(LocationStyle locationStyle) {
        this.locationStyle = requireNonNull(locationStyle, "locationStyle is null");
        return this;
    }

    /** Injects faults at random, e.g. {@code RandomFaults.parse("429=0.02,500=0.01", seed)}. */
    public SocrataSimulatorBuilder randomFaults(RandomFaults randomFaults) {
        this.randomFaults = requireNonNull(randomFaults, "randomFaults is null");
        return this;
    }

    public SocrataSimulator start() {
        return SocrataSimulator.start(settings());
    }

    SimulatorSettings settings() {
        LocalDate end = to != null ? to : from != null ? from.plusYears(1).minusDays(1) : DEFAULT_END;
        LocalDate start = from != null
                ? from
                : rows != null
                        ? SyntheticHistory.startForRows(end, rows)
                        : end.minusYears(1).plusDays(1);
        return new SimulatorSettings(
                port,
                seed,
                rows,
                start,
                end,
                replayFiles,
                boundariesFile,
                datasetId,
                requireAppToken,
                locationStyle,
                randomFaults);
    }
}
