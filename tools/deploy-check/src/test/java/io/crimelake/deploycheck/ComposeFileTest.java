package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, its override file and .env.example agree with each other and with the modules. */
class ComposeFileTest {

    private final Repository repository = Repository.current();
    private final String composeText = repository.read("docker-compose.yml");
    private final Map<String, Object> compose = Yamls.parseMapping(composeText);
    private final String envExample = repository.read(".env.example");

    @Test
    void definesTheStackServices() {
        assertThat(ComposeChecks.services(compose))
                .containsKeys(
                        "minio",
                        "minio-init",
                        "ingest-service",
                        "ingest-service-demo",
                        "socrata-simulator",
                        "lake-service",
                        "analytics-service",
                        "ui-service",
                        "gateway");
    }

    @Test
    void everyVariableWithoutDefaultIsSetInEnvExample() {
        assertThat(ComposeChecks.variablesDefined(composeText, Repository.envNames(envExample, false)))
                .isEmpty();
    }

    @Test
    void secretsMustBeSetRatherThanDefaulted() {
        assertThat(composeText)
                .contains("${ADMIN_TOKEN:?")
                .contains("${MINIO_SECRET_KEY:?")
                .doesNotContain("${ADMIN_TOKEN:-")
                .doesNotContain("${MINIO_SECRET_KEY:-");
    }

    @Test
    void everyBuildPointsToAModuleWithADockerfile() {
        assertThat(ComposeChecks.buildsExist(compose, repository.root(), repository.modules()))
                .isEmpty();
    }

    @Test
    void dependenciesWaitForHealthWithoutNewerKeys() {
        assertThat(ComposeChecks.dependenciesValid(compose)).isEmpty();
    }

    @Test
    void servicesHaveHealthchecksLimitsRestartAndOnlyGatewayAndMinioPublish() {
        assertThat(ComposeChecks.servicesHardened(compose)).isEmpty();
    }

    @Test
    void lakeIsMinioByDefaultAndTheDemoProfileReadsTheSimulator() {
        Map<String, Object> services = ComposeChecks.services(compose);
        Map<String, Object> demoIngest = Yamls.mapping(services.get("ingest-service-demo"));
        assertThat(Yamls.mapping(demoIngest.get("environment")))
                .containsEntry("SOCRATA_BASE_URL", "http://socrata-simulator:9100")
                .containsEntry("LAKE_URI", "s3://${MINIO_BUCKET:-crimelake}/${LAKE_PREFIX:-lake}");
        assertThat(Yamls.list(demoIngest.get("profiles"))).containsExactly("demo");
        assertThat(Yamls.list(Yamls.mapping(services.get("socrata-simulator")).get("profiles")))
                .containsExactly("demo");
        assertThat(envExample).contains("MINIO_BUCKET=crimelake").contains("LAKE_PREFIX=lake");
    }

    @Test
    void sharedVolumeOverrideNamesOnlyKnownServices() {
        Map<String, Object> override = Yamls.parseMapping(repository.read("docker-compose.shared-volume.yml"));
        assertThat(ComposeChecks.services(compose).keySet())
                .containsAll(ComposeChecks.services(override).keySet());
        ComposeChecks.services(override).forEach((name, definition) -> {
            Object uri =
                    Yamls.mapping(Yamls.mapping(definition).get("environment")).get("LAKE_URI");
            if (uri != null) {
                assertThat(uri).as(name).isEqualTo("file:/lake");
            }
        });
    }

    /** Debian's docker-compose 1.29 validates without an engine; skipped where it is not installed. */
    @Test
    void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
        Path binary = Repository.executable("docker-compose").orElse(null);
        assumeTrue(binary != null, "docker-compose (Debian package) is not installed");
        for (String profile : List.of("live", "demo")) {
            Process process = new ProcessBuilder(
                            binary.toString(),
                            "--env-file",
                            ".env.example",
                            "--profile",
                            profile,
                            "-f",
                            "docker-compose.yml",
                            "config",
                            "-q")
                    .directory(repository.root().toFile())
                    .redirectErrorStream(true)
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(profile + ": " + output).isZero();
        }
    }

    @Test
    void envExampleKeepsOneEntryPerVariable() {
        List<String> set = envExample
                .lines()
                .filter(line -> line.matches("^[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();
        assertThat(set).doesNotHaveDuplicates();
        assertThat(Set.copyOf(set)).contains("ADMIN_TOKEN", "MINIO_SECRET_KEY", "MINIO_ACCESS_KEY", "LAKE_URI");
    }
}
