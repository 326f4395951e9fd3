package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each image: multi-stage, pinned non-root runtime with a health check, heap from the limit, its ignore file. */
class DockerfilesTest {

    private static final List<String> IMAGES = List.of(
            "ingest-service", "lake-service", "analytics-service", "ui-service", "gateway", "tools/socrata-simulator");

    private final Repository repository = Repository.current();

    static Stream<String> images() {
        return IMAGES.stream();
    }

    @ParameterizedTest
    @MethodSource("images")
    void runtimeStageIsPinnedNonRootAndHealthChecked(String module) {
        String dockerfile = repository.read(module + "/Dockerfile");
        assertThat(DockerfileChecks.check(module, dockerfile, usesDuckDb(module)))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("images")
    void buildsFromTheRepositoryRootWithItsOwnIgnoreFile(String module) {
        String dockerfile = repository.read(module + "/Dockerfile");
        assertThat(dockerfile).contains("docker build -f " + module + "/Dockerfile");
        assertThat(dockerfile).contains("-pl " + module + " -am");
        assertThat(repository.resolve(module + "/Dockerfile.dockerignore")).isRegularFile();
        assertThat(repository.read(module + "/Dockerfile.dockerignore")).contains(".git", ".env", "**/target", "data");
    }

    @ParameterizedTest
    @MethodSource("images")
    void everyModuleNamedIsInTheRootPom(String module) {
        assertThat(repository.modules()).contains(module);
    }

    @ParameterizedTest
    @MethodSource("images")
    void copiesOnlyFilesThatExist(String module) {
        for (String instruction : DockerfileChecks.instructions(repository.read(module + "/Dockerfile"))) {
            if (instruction.startsWith("COPY ") && !instruction.contains("--from=")) {
                String[] words = instruction.split("\\s+");
                String source = words[words.length - 2];
                if (!source.equals(".")) {
                    assertThat(Files.exists(repository.resolve(source)))
                            .as(module + ": " + source)
                            .isTrue();
                }
            }
        }
    }

    /** Services whose jar carries DuckDB at run time (not only in tests). */
    private boolean usesDuckDb(String module) {
        String pom = repository.read(module + "/pom.xml");
        int index = pom.indexOf("<artifactId>duckdb_jdbc</artifactId>");
        if (index < 0) {
            return false;
        }
        String rest = pom.substring(index, pom.indexOf("</dependency>", index));
        return !rest.contains("<scope>test</scope>");
    }
}
