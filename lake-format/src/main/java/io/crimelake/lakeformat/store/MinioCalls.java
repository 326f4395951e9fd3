package io.crimelake.lakeformat.store;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Runs MinIO client calls and turns their failures into the {@link IOException}s the store port promises. */
final class MinioCalls {
    /** One call to the MinIO client. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws MinioException, IOException;
    }

    private static final Set<String> LOST_RACE = Set.of("PreconditionFailed", "ConditionalRequestConflict");

    private MinioCalls() {}

    /**
     * @param description what was attempted, e.g. "S3 write of 'a/b.parquet' in bucket 'lake'"
     * @param key the object key reported when S3 says the object does not exist
     */
    static <T> T run(String description, String key, Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (MinioException e) {
            if (isNotFound(e)) {
                throw new NoSuchObjectException(key, e);
            }
            throw new IOException(description + " failed: " + e, e);
        } catch (IllegalStateException e) {
            // MinIO client 9 wraps transport failures such as "connection refused" in IllegalStateException.
            if (e.getCause() instanceof IOException cause) {
                throw new IOException(description + " failed: " + cause, cause);
            }
            throw e;
        }
    }

    /**
     * Runs a conditional write: empty when S3 refuses it because its precondition does not hold (412
     * {@code PreconditionFailed}; also 409 {@code ConditionalRequestConflict}, which AWS returns when a concurrent
     * write to the key decided the race first). An object missing for {@code If-Match} is a failed precondition.
     */
    static <T> Optional<T> runConditional(String description, String key, Call<T> call) throws IOException {
        try {
            return Optional.of(run(description, key, call));
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (e.getCause() instanceof ErrorResponseException response
                    && LOST_RACE.contains(response.errorResponse().code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static boolean isNotFound(MinioException e) {
        return e instanceof ErrorResponseException response
                && ("NoSuchKey".equals(response.errorResponse().code())
                        || "NoSuchObject".equals(response.errorResponse().code()));
    }
}
