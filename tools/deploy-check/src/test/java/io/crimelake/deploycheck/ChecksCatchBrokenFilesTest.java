package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check fails on a file broken in the way it guards against, so a green run means something. */
class ChecksCatchBrokenFilesTest {

    @TempDir
    Path root;

    @Test
    void composeVariableWithoutDefaultAndMissingFromEnvExample() {
        String compose = "services:\n  a:\n    environment:\n      X: ${NEW_SETTING}\n      Y: ${OTHER:-fine}\n"
                + "      Z: ${SECRET:?set it}\n      # ${IN_A_COMMENT}\n      W: \"$$ESCAPED\"\n";
        assertThat(ComposeChecks.variablesDefined(compose, Set.of("SECRET")))
                .containsExactly("${NEW_SETTING} has no default and is not set in .env.example");
        assertThat(ComposeChecks.variablesDefined(compose, Set.of())).hasSize(2);
    }

    @Test
    void composeBuildOfAMissingFolderOrDockerfileOrNonModule() throws Exception {
        Files.createDirectories(root.resolve("present"));
        Files.createDirectories(root.resolve("stray"));
        Files.writeString(root.resolve("stray/Dockerfile"), "FROM x");
        Map<String, Object> compose = Yamls.parseMapping("""
                services:
                  gone: {build: {context: ., dockerfile: gone/Dockerfile}}
                  nofile: {build: present}
                  stray: {build: {context: ., dockerfile: stray/Dockerfile}}
                """);
        assertThat(ComposeChecks.buildsExist(compose, root, List.of("present")))
                .containsExactlyInAnyOrder(
                        "gone: gone/Dockerfile does not exist in .",
                        "nofile: Dockerfile does not exist in present",
                        "stray: stray (folder of its Dockerfile) is not a module of the root pom");
    }

    @Test
    void composeRequiredKeyUnknownDependencyAndUnhealthyWait() {
        Map<String, Object> compose = Yamls.parseMapping("""
                services:
                  a:
                    depends_on:
                      b: {condition: service_healthy, required: true}
                      ghost: {condition: service_started}
                  b: {image: x}
                """);
        assertThat(ComposeChecks.dependenciesValid(compose))
                .containsExactlyInAnyOrder(
                        "a: depends_on.b.required is not understood by docker-compose 1.x",
                        "a: waits for b to be healthy, but it has no healthcheck",
                        "a: depends on unknown service ghost");
    }

    @Test
    void composeServicePublishingPortsOrLackingHealthLimitRestartOrPin() {
        Map<String, Object> compose = Yamls.parseMapping("""
                services:
                  lake-service: {image: "crimelake/lake:latest", ports: ["8082:8082"]}
                  minio-init: {image: minio/mc, restart: "no"}
                """);
        assertThat(ComposeChecks.servicesHardened(compose))
                .containsExactlyInAnyOrder(
                        "lake-service: publishes ports; only the gateway and the MinIO console may",
                        "lake-service: no healthcheck",
                        "lake-service: no mem_limit",
                        "lake-service: no restart",
                        "lake-service: image crimelake/lake:latest is not pinned to a version");
    }

    @Test
    void composeServiceNotGivenAVariableItReads() {
        Map<String, Object> compose = Yamls.parseMapping("services:\n  a: {environment: {KNOWN: x}}\n");
        assertThat(ComposeChecks.passesVariables(compose, "a", Set.of("KNOWN", "NEW", "PORT"), Set.of("PORT")))
                .containsExactly("a reads NEW, which docker-compose.yml does not pass to it");
        assertThat(ComposeChecks.passesVariables(compose, "b", Set.of(), Set.of()))
                .containsExactly("no compose service b");
    }

    @Test
    void imagePins() {
        assertThat(ComposeChecks.pinned("eclipse-temurin:25.0.2_10-jre-noble")).isTrue();
        assertThat(ComposeChecks.pinned("minio/minio:RELEASE.2025-04-22T22-12-26Z"))
                .isTrue();
        assertThat(ComposeChecks.pinned("x@sha256:abc")).isTrue();
        assertThat(ComposeChecks.pinned("eclipse-temurin:25-jre")).isFalse();
        assertThat(ComposeChecks.pinned("eclipse-temurin")).isFalse();
        assertThat(ComposeChecks.pinned("localhost:5000/app")).isFalse();
        assertThat(ComposeChecks.pinned("app:latest")).isFalse();
    }

    @Test
    void dockerfileFloatingRootUnhealthySingleStage() {
        String dockerfile = """
                # comment
                FROM eclipse-temurin:25-jre
                COPY app.jar /app.jar
                ENTRYPOINT ["java", "-jar", "/app.jar"]
                """;
        assertThat(DockerfileChecks.check("x", dockerfile, true))
                .containsExactlyInAnyOrder(
                        "x: not a multi-stage build",
                        "x: runtime image eclipse-temurin:25-jre is not pinned to a specific tag",
                        "x: runtime stage does not switch to a non-root USER",
                        "x: runtime stage has no HEALTHCHECK",
                        "x: the JVM heap is not sized from the container limit (-XX:MaxRAMPercentage)",
                        "x: DuckDB needs --enable-native-access=ALL-UNNAMED");
    }

    @Test
    void dockerfileUserInBuildStageOnlyDoesNotCount() {
        String dockerfile = """
                FROM eclipse-temurin:25.0.2_10-jdk-noble AS build
                USER 10001
                HEALTHCHECK CMD true
                FROM eclipse-temurin:25.0.2_10-jre-noble
                USER root
                HEALTHCHECK NONE
                ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", \\
                  "-jar", "app.jar"]
                """;
        assertThat(DockerfileChecks.check("y", dockerfile, false))
                .containsExactlyInAnyOrder(
                        "y: runtime stage does not switch to a non-root USER", "y: runtime stage has no HEALTHCHECK");
    }

    @Test
    void serviceVariableMissingFromEnvExample() {
        String yaml = "a: ${PAGE_LIMIT:50000}\nb: ${NEW_KNOB:1}\nc: ${local.server.port}\nd: ${TOKEN}\n";
        assertThat(EnvChecks.variablesRead(yaml)).containsExactly("PAGE_LIMIT", "NEW_KNOB", "TOKEN");
        assertThat(EnvChecks.documented("svc", yaml, Set.of("PAGE_LIMIT", "TOKEN")))
                .containsExactly("svc reads NEW_KNOB, which .env.example does not mention");
    }

    @Test
    void envExampleNamesSetAndCommented() {
        String env = "# comment\nA=1\n# B=2\n#C=3\nlower=4\n";
        assertThat(Repository.envNames(env, false)).containsExactly("A");
        assertThat(Repository.envNames(env, true)).containsExactly("A", "B", "C");
    }

    @Test
    void kustomizationWithMissingFiles() throws Exception {
        Files.writeString(root.resolve("present.yaml"), "kind: x");
        Path kustomization = root.resolve("kustomization.yaml");
        Map<String, Object> content = Yamls.parseMapping("""
                resources: [present.yaml, missing.yaml, https://example.com/x.yaml]
                patches: [{path: gone-patch.yaml}]
                configMapGenerator: [{name: c, envs: [gone.env]}]
                """);
        assertThat(KubernetesChecks.referencesExist(kustomization, content))
                .containsExactlyInAnyOrder(
                        kustomization + ": missing.yaml does not exist",
                        kustomization + ": remote reference https://example.com/x.yaml (keep deploy/ self-contained)",
                        kustomization + ": gone-patch.yaml does not exist",
                        kustomization + ": gone.env does not exist");
    }

    @Test
    void manifestWithoutKindAndBrokenYaml() {
        assertThat(KubernetesChecks.objectsWellFormed("f", Yamls.parseAll("apiVersion: v1\n---\nkind: Pod\n")))
                .hasSize(2);
        assertThatThrownBy(() -> Yamls.parseAll("a: [unclosed\n")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Yamls.parseMapping("a: 1\na: 2\n")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void workloadWithoutProbesLimitsOrNonRoot() {
        List<Object> documents = Yamls.parseAll("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: crimelake/x:1.0.0
                          env: [{name: SURPRISE, value: "1"}]
                """);
        assertThat(KubernetesChecks.workloadsHardened("f", documents))
                .containsExactlyInAnyOrder(
                        "f: Deployment/d container c may run as root (runAsNonRoot)",
                        "f: Deployment/d container c allows privilege escalation",
                        "f: Deployment/d container c keeps Linux capabilities (drop: [ALL])",
                        "f: Deployment/d container c has no memory limit",
                        "f: Deployment/d container c has no livenessProbe",
                        "f: Deployment/d container c has no readinessProbe");
        assertThat(KubernetesChecks.environmentNamesKnown("f", documents, Set.of("LAKE_URI")))
                .containsExactly("f: Deployment/d sets SURPRISE, unknown to .env.example");
    }

    @Test
    void objectWithAFieldTheKubernetesSchemaDoesNotKnowOrAWrongType() {
        List<Object> typo = Yamls.parseAll("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: crimelake/x:1.0.0
                          readinesProbe: {httpGet: {path: /actuator/health/readiness, port: 8080}}
                """);
        assertThat(KubernetesSchema.violations("f", typo))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("readinesProbe");

        List<Object> wrongType = Yamls.parseAll("""
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                spec: {ports: [{port: eighty}]}
                """);
        assertThat(KubernetesSchema.violations("f", wrongType))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("does not match the schema");
    }
}
