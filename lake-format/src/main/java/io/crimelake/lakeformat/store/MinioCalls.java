package io.crimelake.lakeformat.store;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;

/** Runs MinIO client calls and turns their failures into the {@link IOException}s the store port promises. */
final class MinioCalls {
    /** One call to the MinIO client. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws MinioException, IOException;
    }

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

    static boolean isNotFound(MinioException e) {
        return e instanceof ErrorResponseException response
                && ("NoSuchKey".equals(response.errorResponse().code())
                        || "NoSuchObject".equals(response.errorResponse().code()));
    }
}
