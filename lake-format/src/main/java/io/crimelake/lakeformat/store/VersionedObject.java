package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

/**
 * A small object's content together with the version it had when it was read, for a later
 * {@link ObjectStore#replaceIf compare-and-swap}.
 *
 * @param content the object's bytes; not copied, so do not modify it
 * @param version opaque, as {@link ObjectStore#readVersioned} defines it
 */
public record VersionedObject(byte[] content, String version) {
    public VersionedObject {
        requireNonNull(content, "content is null");
        requireNonNull(version, "version is null");
    }
}
