package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.boundary.BoundaryDataset;
import io.crimelake.simulator.data.CrimeDataset;

/** The datasets the server answers for, by Socrata dataset id. */
public record ServedDatasets(String crimesId, CrimeDataset crimes, BoundaryDataset boundaries) {

    public ServedDatasets {
        requireNonNull(crimesId, "crimesId is null");
        requireNonNull(crimes, "crimes is null");
        requireNonNull(boundaries, "boundaries is null");
        if (!crimesId.matches("[a-z0-9]{4}-[a-z0-9]{4}")) {
            throw new IllegalArgumentException("not a Socrata dataset id (four-by-four): " + crimesId);
        }
        if (crimesId.equals(boundaries.id())) {
            throw new IllegalArgumentException("the crimes and boundaries datasets share the id " + crimesId);
        }
    }
}
