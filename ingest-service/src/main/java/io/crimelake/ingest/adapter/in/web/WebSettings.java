package io.crimelake.ingest.adapter.in.web;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * What the web adapter needs from configuration.
 *
 * @param adminToken the bearer token that may start runs; null or blank refuses all
 * @param csvImportDir the only folder whose files a csv bootstrap requested over HTTP may read
 */
public record WebSettings(String adminToken, Path csvImportDir) {
    public WebSettings {
        requireNonNull(csvImportDir, "csvImportDir is null");
    }
}
