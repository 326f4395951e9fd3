package io.crimelake.simulator;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.boundary.BoundaryDataset;
import io.crimelake.simulator.boundary.BoundaryFileReader;
import io.crimelake.simulator.boundary.SyntheticBoundaries;
import io.crimelake.simulator.data.CrimeDataset;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.fault.FaultPlan;
import io.crimelake.simulator.http.ServedDatasets;
import io.crimelake.simulator.http.ServingOptions;
import io.crimelake.simulator.http.SimulatorServer;
import io.crimelake.simulator.replay.ReplayFiles;
import io.crimelake.simulator.synthetic.AdvanceResult;
import io.crimelake.simulator.synthetic.DatasetAdvancer;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;

/**
 * A running Socrata-compatible server for the Chicago crimes dataset, for tests and offline use.
 *
 * <pre>{@code
 * try (SocrataSimulator sim = SocrataSimulator.builder().seed(7).rows(10_000).start()) {
 *     URI rows = sim.baseUri().resolve("resource/ijzp-q8t2.json?$order=id");
 *     sim.faults().enqueue(Fault.of(FaultKind.TOO_MANY_REQUESTS).withTimes(2));
 *     sim.advanceDays(1);
 * }
 * }</pre>
 */
public final class SocrataSimulator implements AutoCloseable {

    private final ServedDatasets datasets;
    private final FaultPlan faults;
    private final DatasetAdvancer advancer;
    private final SimulatorServer server;

    private SocrataSimulator(SimulatorSettings settings) throws IOException {
        CrimeDataset crimes = loadCrimes(settings);
        BoundaryDataset boundaries = settings.boundariesFile() == null
                ? SyntheticBoundaries.communityAreas(crimes.snapshot().rowsUpdatedAt())
                : BoundaryFileReader.read(settings.boundariesFile());
        this.datasets = new ServedDatasets(settings.datasetId(), crimes, boundaries);
        this.faults = new FaultPlan(settings.randomFaults());
        this.advancer = new DatasetAdvancer(settings.seed());
        this.server = SimulatorServer.start(
                new InetSocketAddress(settings.port()),
                datasets,
                new ServingOptions(settings.locationStyle(), settings.requireAppToken()),
                faults,
                this::advanceDays);
    }

    public static SocrataSimulatorBuilder builder() {
        return new SocrataSimulatorBuilder();
    }

    static SocrataSimulator start(SimulatorSettings settings) {
        try {
            return new SocrataSimulator(requireNonNull(settings, "settings is null"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP server on port " + settings.port(), e);
        }
    }

    /** The server's root, e.g. {@code http://localhost:9100/}; SODA paths resolve against it. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    public int port() {
        return server.port();
    }

    public String datasetId() {
        return datasets.crimesId();
    }

    /** The scripted and random faults; enqueue to make upcoming requests fail. */
    public FaultPlan faults() {
        return faults;
    }

    /** Adds {@code days} days of new crimes, revises and deletes some older ones, and moves rowsUpdatedAt. */
    public AdvanceResult advanceDays(int days) {
        return advancer.advance(datasets.crimes(), days);
    }

    /** The rows currently served, for assertions. */
    public CrimeTable table() {
        return datasets.crimes().snapshot().table();
    }

    public Instant rowsUpdatedAt() {
        return datasets.crimes().snapshot().rowsUpdatedAt();
    }

    @Override
    public void close() {
        server.close();
    }

    private static CrimeDataset loadCrimes(SimulatorSettings settings) {
        if (!settings.replayFiles().isEmpty()) {
            return ReplayFiles.load(settings.replayFiles());
        }
        return SyntheticHistory.generate(settings.seed(), settings.from(), settings.to(), settings.rows());
    }
}
