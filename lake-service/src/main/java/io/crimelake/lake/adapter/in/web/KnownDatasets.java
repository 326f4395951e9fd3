package io.crimelake.lake.adapter.in.web;

import io.crimelake.lakeformat.crimes.CrimesDataset;
import java.util.Set;

/** The datasets this lake holds; requests naming any other are rejected before they reach a use case. */
final class KnownDatasets {
    private static final Set<String> NAMES = Set.of(CrimesDataset.NAME);

    private KnownDatasets() {}

    static String require(String dataset) {
        if (!NAMES.contains(dataset)) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "'; known: " + NAMES);
        }
        return dataset;
    }
}
