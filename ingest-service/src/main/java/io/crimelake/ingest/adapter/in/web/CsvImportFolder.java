package io.crimelake.ingest.adapter.in.web;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which CSV exports a request over HTTP may name: an http(s) URL, or a file inside the import folder
 * ({@code CSV_IMPORT_DIR}). Without this, any admin caller could make the service read and stage arbitrary local
 * files; the command line ({@code --from-csv}) is run by the operator and keeps accepting any path.
 */
final class CsvImportFolder {
    static final String FIELD = "fromCsv";

    /** A URI scheme as RFC 3986 defines it; a path never starts like this (a Windows drive letter aside). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path folder;

    CsvImportFolder(Path folder) {
        this.folder = requireNonNull(folder, "folder is null").toAbsolutePath().normalize();
    }

    /**
     * @param location an http(s) URL, or a path relative to the import folder (or absolute, inside it)
     * @return the location to read: the URL, or the file's real path so later symlink changes cannot redirect a run
     * @throws InvalidRunRequestException naming {@value #FIELD} and saying where files must be placed
     */
    String admit(String location) {
        if (location == null || location.isBlank()) {
            throw refused("a csv run needs an http(s) URL or the name of a file in " + folder);
        }
        String trimmed = location.strip();
        return SCHEME.matcher(trimmed).find() ? url(trimmed) : file(trimmed);
    }

    private String url(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw refused("'" + location + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https URLs are read over HTTP, not " + scheme + ":; place files in " + folder
                    + " and give their name");
        }
        if (uri.getHost() == null) {
            throw refused("the URL '" + location + "' names no host");
        }
        // The export reader recognises URLs by their lower-case scheme.
        return scheme + location.substring(scheme.length());
    }

    private String file(String location) {
        Path candidate;
        try {
            candidate = folder.resolve(location).normalize();
        } catch (InvalidPathException e) {
            throw refused("'" + location + "' is not a valid path");
        }
        if (!candidate.startsWith(folder)) {
            throw outside(location);
        }
        if (!Files.isRegularFile(candidate)) {
            throw refused("no file '" + location + "' in " + folder + "; place the export there first");
        }
        try {
            Path real = candidate.toRealPath();
            // A symlink inside the folder may point anywhere; only its target counts.
            if (!real.startsWith(folder.toRealPath())) {
                throw outside(location);
            }
            return real.toString();
        } catch (IOException e) {
            throw refused("cannot read '" + location + "' in " + folder + ": " + e.getMessage());
        }
    }

    private InvalidRunRequestException outside(String location) {
        return refused("'" + location + "' is outside the import folder; place files in " + folder
                + " (CSV_IMPORT_DIR) or give an http(s) URL");
    }

    private static InvalidRunRequestException refused(String message) {
        return new InvalidRunRequestException(FIELD, message);
    }
}
