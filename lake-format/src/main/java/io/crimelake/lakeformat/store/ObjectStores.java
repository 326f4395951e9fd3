package io.crimelake.lakeformat.store;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Opens the object store a {@code LAKE_URI} names, failing early with a message that says what to fix. */
public final class ObjectStores {
    // MinIO ignores regions; naming one saves the client a bucket-location request per bucket.
    private static final String REGION = "us-east-1";
    private static final Set<String> CREDENTIAL_ERRORS =
            Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "InvalidSignature");

    private ObjectStores() {}

    /**
     * Opens the lake at {@code lakeUri}: a local folder (created when missing) or an existing S3 bucket.
     *
     * @param s3 endpoint and credentials, used only for {@code s3://} URIs
     * @throws LakeConfigurationException when the URI is malformed, S3 settings are missing or rejected, or
     *     the bucket does not exist
     * @throws IOException when the folder cannot be created or the S3 endpoint cannot be reached
     */
    public static ObjectStore open(String lakeUri, S3Settings s3) throws IOException {
        return switch (LakeLocation.parse(lakeUri)) {
            case LakeLocation.Local local -> new LocalObjectStore(local.root());
            case LakeLocation.S3 location -> openS3(lakeUri, location, s3);
        };
    }

    /**
     * Creates the bucket an {@code s3://} lake URI names unless it exists; for tests and first-time setup,
     * since services must not create buckets by accident.
     */
    public static void createBucketIfMissing(String lakeUri, S3Settings s3) throws IOException {
        if (!(LakeLocation.parse(lakeUri) instanceof LakeLocation.S3 location)) {
            throw new LakeConfigurationException(
                    LakeLocation.VARIABLE + " '" + lakeUri + "' is not an s3:// URI; only S3 lakes have buckets");
        }
        MinioClient client = client(lakeUri, s3);
        try {
            if (!bucketExists(client, location, s3)) {
                var args = MakeBucketArgs.builder().bucket(location.bucket()).build();
                MinioCalls.run("creating bucket '" + location.bucket() + "'", location.bucket(), () -> {
                    client.makeBucket(args);
                    return null;
                });
            }
        } finally {
            close(client);
        }
    }

    private static ObjectStore openS3(String lakeUri, LakeLocation.S3 location, S3Settings s3) throws IOException {
        MinioClient client = client(lakeUri, s3);
        try {
            if (!bucketExists(client, location, s3)) {
                throw new LakeConfigurationException("bucket '" + location.bucket() + "' of " + LakeLocation.VARIABLE
                        + " '" + lakeUri + "' does not exist at " + s3.endpoint()
                        + "; create it first (e.g. `mc mb`, or ObjectStores.createBucketIfMissing)");
            }
            return new S3ObjectStore(client, location.bucket(), location.prefix());
        } catch (IOException | RuntimeException e) {
            closeQuietly(client, e);
            throw e;
        }
    }

    private static MinioClient client(String lakeUri, S3Settings s3) {
        List<String> missing = s3.missingVariables();
        if (!missing.isEmpty()) {
            throw new LakeConfigurationException(LakeLocation.VARIABLE + " '" + lakeUri
                    + "' is an S3 lake but " + String.join(", ", missing) + " " + (missing.size() == 1 ? "is" : "are")
                    + " not set; give the S3 endpoint (e.g. http://minio:9000) and credentials");
        }
        try {
            return MinioClient.builder()
                    .endpoint(s3.endpoint())
                    .region(REGION)
                    .credentials(s3.accessKey(), s3.secretKey())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new LakeConfigurationException(
                    S3Settings.ENDPOINT_VARIABLE + " '" + s3.endpoint()
                            + "' is not a valid URL; use e.g. http://minio:9000",
                    e);
        }
    }

    private static boolean bucketExists(MinioClient client, LakeLocation.S3 location, S3Settings s3)
            throws IOException {
        var args = BucketExistsArgs.builder().bucket(location.bucket()).build();
        String description =
                "checking bucket '" + location.bucket() + "' at " + S3Settings.ENDPOINT_VARIABLE + " " + s3.endpoint();
        try {
            return MinioCalls.run(description, location.bucket(), () -> client.bucketExists(args));
        } catch (IOException e) {
            if (e.getCause() instanceof ErrorResponseException response
                    && CREDENTIAL_ERRORS.contains(response.errorResponse().code())) {
                throw new LakeConfigurationException(
                        "S3 at " + s3.endpoint() + " rejected the credentials ("
                                + response.errorResponse().code() + "); check " + S3Settings.ACCESS_KEY_VARIABLE
                                + " and "
                                + S3Settings.SECRET_KEY_VARIABLE,
                        e);
            }
            throw e;
        }
    }

    private static void closeQuietly(MinioClient client, Exception failure) {
        try {
            client.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    private static void close(MinioClient client) throws IOException {
        try {
            client.close();
        } catch (Exception e) {
            throw new IOException("could not close the S3 client", e);
        }
    }
}
