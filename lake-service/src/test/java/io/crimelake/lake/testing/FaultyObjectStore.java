package io.crimelake.lake.testing;

import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.VersionedObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Delegates to a real store but fails chosen operations, to simulate a crash at a chosen commit step. */
public final class FaultyObjectStore implements ObjectStore {
    /** The store operations a test can make fail. */
    public enum Operation {
        UPLOAD,
        PUBLISH,
        DELETE
    }

    private final ObjectStore delegate;
    private volatile Operation failing;
    private volatile Predicate<String> failingKeys = key -> true;
    private volatile Runnable beforeUpload = () -> {};

    public FaultyObjectStore(ObjectStore delegate) {
        this.delegate = delegate;
    }

    /** Makes every later {@code operation} on a key matching {@code keys} throw, as a crash would stop it. */
    public void failOn(Operation operation, Predicate<String> keys) {
        failingKeys = keys;
        failing = operation;
    }

    public void heal() {
        failing = null;
    }

    /** Runs {@code action} before each upload, e.g. to hold a compaction in the middle of its commit. */
    public void beforeUpload(Runnable action) {
        beforeUpload = action;
    }

    private void check(Operation operation, String key) throws IOException {
        if (failing == operation && failingKeys.test(key)) {
            throw new IOException("simulated crash: " + operation + " " + key);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return delegate.open(key);
    }

    @Override
    public boolean exists(String key) throws IOException {
        return delegate.exists(key);
    }

    @Override
    public List<ObjectEntry> list(String prefix) throws IOException {
        return delegate.list(prefix);
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        delegate.write(key, content);
    }

    @Override
    public void upload(String key, Path source) throws IOException {
        beforeUpload.run();
        check(Operation.UPLOAD, key);
        delegate.upload(key, source);
    }

    @Override
    public void download(String key, Path target) throws IOException {
        delegate.download(key, target);
    }

    @Override
    public void delete(String key) throws IOException {
        delegate.delete(key);
    }

    @Override
    public void deleteAll(Collection<String> keys) throws IOException {
        for (String key : keys) {
            check(Operation.DELETE, key);
        }
        delegate.deleteAll(keys);
    }

    @Override
    public void publish(String key, byte[] content) throws IOException {
        check(Operation.PUBLISH, key);
        delegate.publish(key, content);
    }

    @Override
    public Optional<VersionedObject> readVersioned(String key) throws IOException {
        return delegate.readVersioned(key);
    }

    @Override
    public Optional<String> createIfAbsent(String key, byte[] content) throws IOException {
        return delegate.createIfAbsent(key, content);
    }

    @Override
    public Optional<String> replaceIf(String key, String expectedVersion, byte[] content) throws IOException {
        return delegate.replaceIf(key, expectedVersion, content);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
