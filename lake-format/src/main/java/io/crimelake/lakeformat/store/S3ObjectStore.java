package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.messages.DeleteRequest;
import io.minio.messages.DeleteResult;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lake objects in an S3 bucket under a key prefix, through the MinIO Java client. */
public final class S3ObjectStore implements ObjectStore {
    private final MinioClient client;
    private final String bucket;
    private final String rootPrefix;

    /**
     * @param client a client for the S3 endpoint; closed with this store
     * @param bucket an existing bucket
     * @param prefix the lake root inside the bucket, e.g. {@code lake}; empty for the bucket root
     */
    public S3ObjectStore(MinioClient client, String bucket, String prefix) {
        this.client = requireNonNull(client, "client is null");
        this.bucket = requireNonNull(bucket, "bucket is null");
        requireNonNull(prefix, "prefix is null");
        this.rootPrefix = prefix.isEmpty() ? "" : ObjectKeys.requireValidKey(prefix) + "/";
    }

    @Override
    public InputStream open(String key) throws IOException {
        var args = GetObjectArgs.builder().bucket(bucket).object(name(key)).build();
        return MinioCalls.run(describe("open", key), key, () -> client.getObject(args));
    }

    @Override
    public boolean exists(String key) throws IOException {
        var args = StatObjectArgs.builder().bucket(bucket).object(name(key)).build();
        try {
            MinioCalls.run(describe("stat", key), key, () -> client.statObject(args));
            return true;
        } catch (NoSuchObjectException e) {
            return false;
        }
    }

    @Override
    public List<ObjectEntry> list(String prefix) throws IOException {
        ObjectKeys.requireValidPrefix(prefix);
        var args = ListObjectsArgs.builder()
                .bucket(bucket)
                .prefix(rootPrefix + prefix)
                .recursive(true)
                .build();
        List<ObjectEntry> entries = MinioCalls.run(describe("list", prefix), prefix, () -> {
            var listed = new ArrayList<ObjectEntry>();
            // The client pages through the listing lazily while the results are iterated.
            for (Result<Item> result : client.listObjects(args)) {
                Item item = result.get();
                if (!item.isDir()) {
                    String key = item.objectName().substring(rootPrefix.length());
                    listed.add(new ObjectEntry(
                            key, item.size(), item.lastModified().toInstant()));
                }
            }
            return listed;
        });
        entries.sort(Comparator.comparing(ObjectEntry::key));
        return entries;
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        requireNonNull(content, "content is null");
        var args = PutObjectArgs.builder()
                .bucket(bucket)
                .object(name(key))
                .data(content, content.length)
                .build();
        // A single PUT is atomic on S3: readers see the old or the new object, never a partial one.
        MinioCalls.run(describe("write", key), key, () -> client.putObject(args));
    }

    @Override
    public void upload(String key, Path source) throws IOException {
        requireNonNull(source, "source is null");
        // Large files go up as a multipart upload, which S3 only makes visible once it completes.
        MinioCalls.run(
                describe("upload", key),
                key,
                () -> client.uploadObject(UploadObjectArgs.builder()
                        .bucket(bucket)
                        .object(name(key))
                        .filename(source.toString())
                        .build()));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        requireNonNull(target, "target is null");
        try (InputStream in = open(key)) {
            AtomicFiles.write(target, temporary -> Files.copy(in, temporary));
        }
    }

    @Override
    public void delete(String key) throws IOException {
        var args = RemoveObjectArgs.builder().bucket(bucket).object(name(key)).build();
        MinioCalls.run(describe("delete", key), key, () -> {
            client.removeObject(args);
            return null;
        });
    }

    @Override
    public void deleteAll(Collection<String> keys) throws IOException {
        List<DeleteRequest.Object> objects =
                keys.stream().map(key -> new DeleteRequest.Object(name(key))).toList();
        if (objects.isEmpty()) {
            return;
        }
        var args = RemoveObjectsArgs.builder().bucket(bucket).objects(objects).build();
        MinioCalls.run(describe("delete", keys.size() + " objects"), "", () -> {
            // The client sends the batches lazily while the results are iterated, so every result must be read.
            for (Result<DeleteResult.Error> result : client.removeObjects(args)) {
                DeleteResult.Error error = result.get();
                throw new IOException("S3 could not delete '" + error.objectName() + "': " + error.message());
            }
            return null;
        });
    }

    @Override
    public void publish(String key, byte[] content) throws IOException {
        write(key, content);
    }

    @Override
    public Optional<VersionedObject> readVersioned(String key) throws IOException {
        var args = GetObjectArgs.builder().bucket(bucket).object(name(key)).build();
        try (GetObjectResponse response = MinioCalls.run(describe("read", key), key, () -> client.getObject(args))) {
            byte[] content = response.readAllBytes();
            return Optional.of(
                    new VersionedObject(content, unquote(response.headers().get("ETag"))));
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        }
    }

    /** {@inheritDoc} A conditional PUT with {@code If-None-Match: *}, checked by the S3 server. */
    @Override
    public Optional<String> createIfAbsent(String key, byte[] content) throws IOException {
        return conditionalPut("create", key, content, "If-None-Match", "*");
    }

    /** {@inheritDoc} A conditional PUT with {@code If-Match: <ETag>}, checked by the S3 server. */
    @Override
    public Optional<String> replaceIf(String key, String expectedVersion, byte[] content) throws IOException {
        requireNonNull(expectedVersion, "expectedVersion is null");
        return conditionalPut("replace", key, content, "If-Match", "\"" + expectedVersion + "\"");
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
        } catch (Exception e) {
            throw new IOException("could not close the S3 client", e);
        }
    }

    /**
     * One PUT whose precondition the server checks atomically with the write: AWS S3 (since August 2024 for
     * {@code If-None-Match}, November 2024 for {@code If-Match}) and current MinIO releases do. Servers that ignore
     * the header overwrite instead, and S3Proxy checks it but not atomically, so neither can hold leases safely.
     */
    private Optional<String> conditionalPut(String operation, String key, byte[] content, String header, String value)
            throws IOException {
        requireNonNull(content, "content is null");
        var args = PutObjectArgs.builder()
                .bucket(bucket)
                .object(name(key))
                .data(content, content.length)
                .extraHeaders(Map.of(header, value))
                .build();
        return MinioCalls.runConditional(
                describe(operation, key),
                key,
                () -> unquote(client.putObject(args).etag()));
    }

    /** ETags come quoted in headers and bare from some responses; versions are always bare. */
    private static String unquote(String etag) {
        requireNonNull(etag, "S3 returned no ETag");
        return etag.startsWith("\"") && etag.endsWith("\"") && etag.length() >= 2
                ? etag.substring(1, etag.length() - 1)
                : etag;
    }

    private String name(String key) {
        return rootPrefix + ObjectKeys.requireValidKey(key);
    }

    private String describe(String operation, String key) {
        return "S3 " + operation + " of '" + key + "' in bucket '" + bucket + "'";
    }
}
