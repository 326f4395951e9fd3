package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Where the lake lives, parsed from a {@code LAKE_URI}: a local folder or a bucket and key prefix on S3. */
public sealed interface LakeLocation {
    String VARIABLE = "LAKE_URI";
    String ACCEPTED_FORMS = "use file:<path> or s3://<bucket>/<prefix>";

    /** A folder; {@code file:./data/lake} is relative to the working directory. */
    record Local(Path root) implements LakeLocation {
        public Local {
            requireNonNull(root, "root is null");
        }
    }

    /** A bucket and a key prefix inside it, without leading or trailing slashes; the prefix may be empty. */
    record S3(String bucket, String prefix) implements LakeLocation {
        private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

        public S3 {
            requireNonNull(bucket, "bucket is null");
            requireNonNull(prefix, "prefix is null");
            if (!BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException("'" + bucket + "' is not a valid S3 bucket name "
                        + "(3-63 lower case letters, digits, '.' or '-')");
            }
            if (!prefix.isEmpty()) {
                ObjectKeys.requireValidKey(prefix);
            }
        }
    }

    /**
     * Parses {@code file:./relative}, {@code file:/absolute}, {@code file:///absolute} or
     * {@code s3://bucket[/prefix]}.
     *
     * @throws LakeConfigurationException naming the accepted forms when the URI is none of these
     */
    static LakeLocation parse(String lakeUri) {
        if (lakeUri == null || lakeUri.isBlank()) {
            throw new LakeConfigurationException(VARIABLE + " is not set; " + ACCEPTED_FORMS);
        }
        String uri = lakeUri.strip();
        if (uri.startsWith("file:")) {
            return parseFile(uri);
        }
        if (uri.startsWith("s3://")) {
            return parseS3(uri);
        }
        throw new LakeConfigurationException(
                VARIABLE + " '" + lakeUri + "' has an unsupported scheme; " + ACCEPTED_FORMS);
    }

    private static Local parseFile(String uri) {
        String path = uri.substring("file:".length());
        if (path.startsWith("//")) {
            // file://host/... names a remote host; only the empty authority of file:///path is local.
            if (!path.startsWith("///")) {
                throw new LakeConfigurationException(
                        VARIABLE + " '" + uri + "' names a host; use file:/absolute/path or file:./relative/path");
            }
            path = path.substring(2);
        }
        if (path.isEmpty()) {
            throw new LakeConfigurationException(VARIABLE + " '" + uri + "' has no path; " + ACCEPTED_FORMS);
        }
        try {
            return new Local(Path.of(path));
        } catch (InvalidPathException e) {
            throw new LakeConfigurationException(VARIABLE + " '" + uri + "' is not a valid path: " + e.getMessage(), e);
        }
    }

    private static S3 parseS3(String uri) {
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : stripSlashes(rest.substring(slash + 1));
        if (bucket.isEmpty()) {
            throw new LakeConfigurationException(VARIABLE + " '" + uri + "' has no bucket; use s3://<bucket>/<prefix>");
        }
        try {
            return new S3(bucket, prefix);
        } catch (IllegalArgumentException e) {
            throw new LakeConfigurationException(VARIABLE + " '" + uri + "': " + e.getMessage(), e);
        }
    }

    private static String stripSlashes(String prefix) {
        String stripped = prefix;
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
