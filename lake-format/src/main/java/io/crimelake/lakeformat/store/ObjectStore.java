package io.crimelake.lakeformat.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Outgoing port for reading and writing lake objects, on a local folder or an S3 bucket.
 *
 * <p>Keys are '/'-separated paths relative to the lake root, such as
 * {@code crimes/year=2024/month=03/part-0001.parquet}. A key must not be empty, absolute, contain empty,
 * "." or ".." segments, or have a segment starting with {@value #TEMPORARY_PREFIX} (reserved for in-flight
 * writes); methods reject such keys with {@link IllegalArgumentException}.
 *
 * <p>Writes never expose a partial object under its final key: readers see nothing, the old content or the
 * whole new content.
 */
public interface ObjectStore extends Closeable {
    /** Name prefix of in-flight files a crashed local write may leave behind; listings skip them. */
    String TEMPORARY_PREFIX = ".tmp-";

    /**
     * Opens an object for reading; the caller closes the stream.
     *
     * @throws NoSuchObjectException when no object has this key
     */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /**
     * Lists every object whose key starts with {@code prefix}, at any depth, sorted by key.
     *
     * @param prefix a plain string prefix, e.g. {@code crimes/year=2024/}; empty lists the whole lake
     */
    List<ObjectEntry> list(String prefix) throws IOException;

    /** Stores an object, replacing any object with the same key. */
    void write(String key, byte[] content) throws IOException;

    /** Stores the content of a local file, such as a freshly written Parquet file, under {@code key}. */
    void upload(String key, Path source) throws IOException;

    /**
     * Copies an object to a local file, replacing it; a failed download leaves {@code target} untouched.
     *
     * @throws NoSuchObjectException when no object has this key
     */
    void download(String key, Path target) throws IOException;

    /** Deletes an object; deleting a missing key does nothing. */
    void delete(String key) throws IOException;

    /** Deletes every listed object; missing keys are ignored. */
    void deleteAll(Collection<String> keys) throws IOException;

    /**
     * Atomically replaces a small pointer object, such as the current snapshot manifest, and makes the
     * replacement durable before returning: concurrent readers see the old or the new content, never a mix.
     */
    void publish(String key, byte[] content) throws IOException;
}
