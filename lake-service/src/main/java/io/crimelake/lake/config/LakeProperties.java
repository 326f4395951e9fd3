package io.crimelake.lake.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the lake lives, bound from the environment variables named in the README.
 *
 * @param lakeUri {@code file:<folder>} or {@code s3://<bucket>/<prefix>} ({@code LAKE_URI})
 * @param dataDir folder for this service's local state ({@code DATA_DIR})
 * @param minio endpoint and credentials used when the lake is on S3/MinIO
 */
@Validated
@ConfigurationProperties("crimelake.lake")
public record LakeProperties(
        @NotBlank(message = "LAKE_URI must be file:<folder> or s3://<bucket>/<prefix>")
        String lakeUri,

        @NotNull(message = "DATA_DIR must be set to a writable folder")
        Path dataDir,

        Minio minio) {

    /** MinIO/S3 connection settings ({@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY}, {@code MINIO_SECRET_KEY}). */
    public record Minio(String endpoint, String accessKey, String secretKey) {}
}
