package io.crimelake.lakeformat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LakeLocationTest {
    @ParameterizedTest
    @CsvSource({"file:./data/lake, ./data/lake", "file:/srv/lake, /srv/lake", "file:///srv/lake, /srv/lake"})
    void parsesLocalFolders(String uri, String path) {
        assertThat(LakeLocation.parse(uri)).isEqualTo(new LakeLocation.Local(Path.of(path)));
    }

    @ParameterizedTest
    @CsvSource({
        "s3://lake, lake, ''",
        "s3://lake/, lake, ''",
        "s3://lake/crimelake, lake, crimelake",
        "s3://lake/a/b/, lake, a/b"
    })
    void parsesBucketAndPrefix(String uri, String bucket, String prefix) {
        assertThat(LakeLocation.parse(uri)).isEqualTo(new LakeLocation.S3(bucket, prefix));
    }

    @Test
    void rejectsUnsupportedSchemeNamingTheAcceptedForms() {
        assertThatThrownBy(() -> LakeLocation.parse("ftp://x"))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessage("LAKE_URI 'ftp://x' has an unsupported scheme; use file:<path> or s3://<bucket>/<prefix>");
    }

    @Test
    void rejectsMissingUri() {
        assertThatThrownBy(() -> LakeLocation.parse(" "))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("LAKE_URI is not set");
    }

    @Test
    void rejectsS3UriWithoutBucket() {
        assertThatThrownBy(() -> LakeLocation.parse("s3:///prefix"))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("has no bucket");
    }

    @Test
    void rejectsInvalidBucketName() {
        assertThatThrownBy(() -> LakeLocation.parse("s3://My_Bucket/x"))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("not a valid S3 bucket name");
    }

    @Test
    void rejectsPrefixThatEscapesTheBucketRoot() {
        assertThatThrownBy(() -> LakeLocation.parse("s3://lake/../other"))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("'..'");
    }

    @Test
    void rejectsFileUriWithHost() {
        assertThatThrownBy(() -> LakeLocation.parse("file://server/lake"))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("names a host");
    }
}
