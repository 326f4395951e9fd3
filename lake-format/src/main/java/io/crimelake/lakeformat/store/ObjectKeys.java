package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

/** Checks keys and prefixes against the rules in {@link ObjectStore}, so no adapter can escape its root. */
final class ObjectKeys {
    private ObjectKeys() {}

    static String requireValidKey(String key) {
        requireNonNull(key, "key is null");
        if (key.isEmpty() || key.endsWith("/")) {
            throw new IllegalArgumentException("key must name an object: '" + key + "'");
        }
        requireValidSegments(key, key);
        return key;
    }

    /** A prefix may be empty or end in '/' or a partial segment; its complete segments follow the key rules. */
    static String requireValidPrefix(String prefix) {
        requireNonNull(prefix, "prefix is null");
        if (prefix.isEmpty()) {
            return prefix;
        }
        String completeSegments = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        requireValidSegments(completeSegments, prefix);
        return prefix;
    }

    private static void requireValidSegments(String path, String original) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("key must be a relative '/'-separated path: '" + original + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("key must not have empty, '.' or '..' segments: '" + original + "'");
            }
            if (segment.startsWith(ObjectStore.TEMPORARY_PREFIX)) {
                throw new IllegalArgumentException("key segments must not start with '" + ObjectStore.TEMPORARY_PREFIX
                        + "' (reserved): '" + original + "'");
            }
        }
    }
}
