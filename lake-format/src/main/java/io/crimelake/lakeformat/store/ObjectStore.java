package io.crimelake.lakeformat.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
 *
 * <p>Small state objects such as leases and checkpoints that several processes or hosts update use the
 * conditional writes {@link #createIfAbsent} and {@link #replaceIf} with a version from
 * {@link #readVersioned}. They are atomic with respect to each other; an unconditional {@link #write},
 * {@link #publish} or {@link #delete} of the same key may overtake them, so change such keys only through the
 * conditional writes.
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

    /**
     * Reads a small object whole, together with its current version.
     *
     * <p>A version is an opaque string that changes whenever the content changes; writing identical bytes may
     * give the same version again (it is the ETag on S3, an MD5 of the content in the local store), so put
     * something unique in contents whose rewrites must be told apart, such as a counter or an expiry time.
     *
     * @return empty when no object has this key
     */
    Optional<VersionedObject> readVersioned(String key) throws IOException;

    /**
     * Stores an object only when no object has this key. Of any number of writers racing for a key, across
     * threads, processes and hosts sharing the store, exactly one succeeds; readers never see partial content.
     *
     * @return the new object's version, or empty when an object already had this key (nothing was written)
     */
    Optional<String> createIfAbsent(String key, byte[] content) throws IOException;

    /**
     * Replaces an object only when its version is still {@code expectedVersion} (compare-and-swap). Of writers
     * racing with the same expected version, at most one succeeds.
     *
     * @return the new version, or empty when the object changed since that version was read or no longer
     *     exists (nothing was written)
     */
    Optional<String> replaceIf(String key, String expectedVersion, byte[] content) throws IOException;
}
