package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a run will pull, decided before it starts.
 *
 * @param windows the portal windows to pull, in order; empty for a csv run
 * @param exportLocation the portal export file (path or URL) of a csv run, or null
 * @param rowLimitPerWindow at most this many rows per window, or null for all
 * @param pageSize rows per source request
 */
public record RunPlan(
        RunMode mode, List<QueryWindow> windows, String exportLocation, Long rowLimitPerWindow, int pageSize) {
    public RunPlan {
        requireNonNull(mode, "mode is null");
        windows = List.copyOf(requireNonNull(windows, "windows is null"));
        if (windows.isEmpty() == (exportLocation == null)) {
            throw new IllegalArgumentException("a plan reads either portal windows or an export file");
        }
        if ((exportLocation != null) != (mode == RunMode.CSV)) {
            throw new IllegalArgumentException("a csv run, and only a csv run, reads an export file");
        }
        if (pageSize < 1 || (rowLimitPerWindow != null && rowLimitPerWindow < 1)) {
            throw new IllegalArgumentException("pageSize and rowLimitPerWindow must be positive");
        }
    }
}
