package io.crimelake.lakeformat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.testing.S3ProxyServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStoresTest {
    private static S3ProxyServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void opensLocalFolderWithoutS3Settings(@TempDir Path folder) throws IOException {
        try (ObjectStore store = ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none())) {
            assertThat(store).isInstanceOf(LocalObjectStore.class);
            assertThat(((LocalObjectStore) store).root())
                    .isEqualTo(folder.resolve("lake").toRealPath());
        }
    }

    @Test
    void s3LakeWithoutSettingsNamesTheMissingVariables() {
        var settings = S3Settings.fromEnvironment(Map.of("MINIO_ACCESS_KEY", "admin"));

        assertThatThrownBy(() -> ObjectStores.open("s3://lake/crimelake", settings))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("s3://lake/crimelake")
                .hasMessageContaining("MINIO_ENDPOINT, MINIO_SECRET_KEY are not set");
    }

    @Test
    void invalidEndpointIsAConfigurationError() {
        var settings = new S3Settings("not a url", "admin", "secret");

        assertThatThrownBy(() -> ObjectStores.open("s3://lake", settings))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("MINIO_ENDPOINT 'not a url' is not a valid URL");
    }

    @Test
    void missingBucketIsAConfigurationErrorNotCreatedSilently() throws IOException {
        assertThatThrownBy(() -> ObjectStores.open("s3://no-such-bucket/lake", server.settings()))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("bucket 'no-such-bucket'")
                .hasMessageContaining("does not exist");

        ObjectStores.createBucketIfMissing("s3://no-such-bucket/lake", server.settings());
        try (ObjectStore store = ObjectStores.open("s3://no-such-bucket/lake", server.settings())) {
            assertThat(store.list("")).isEmpty();
        }
    }

    @Test
    void creatingAnExistingBucketKeepsItsObjects() throws IOException {
        String lakeUri = "s3://kept-bucket";
        ObjectStores.createBucketIfMissing(lakeUri, server.settings());
        try (ObjectStore store = ObjectStores.open(lakeUri, server.settings())) {
            store.write("a.txt", new byte[] {1});
        }

        ObjectStores.createBucketIfMissing(lakeUri, server.settings());

        try (ObjectStore store = ObjectStores.open(lakeUri, server.settings())) {
            assertThat(store.exists("a.txt")).isTrue();
        }
    }

    @Test
    void wrongSecretKeyIsReportedAsCredentialsProblem() throws IOException {
        ObjectStores.createBucketIfMissing("s3://secured", server.settings());
        var wrong = new S3Settings(server.endpoint(), S3ProxyServer.ACCESS_KEY, "wrong-secret");

        assertThatThrownBy(() -> ObjectStores.open("s3://secured", wrong))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("rejected the credentials")
                .hasMessageContaining("MINIO_SECRET_KEY");
    }

    @Test
    void unreachableEndpointIsAnIoErrorNamingIt() {
        var settings = new S3Settings("http://127.0.0.1:1", "admin", "secret");

        assertThatThrownBy(() -> ObjectStores.open("s3://lake", settings))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("http://127.0.0.1:1");
    }

    @Test
    void bucketCreationNeedsAnS3Uri() {
        assertThatThrownBy(() -> ObjectStores.createBucketIfMissing("file:./lake", S3Settings.none()))
                .isInstanceOf(LakeConfigurationException.class)
                .hasMessageContaining("not an s3:// URI");
    }

    @Test
    void settingsNeverPrintTheSecret() {
        assertThat(new S3Settings("http://minio:9000", "admin", "s3cr3t").toString())
                .doesNotContain("s3cr3t")
                .contains("admin");
    }
}
