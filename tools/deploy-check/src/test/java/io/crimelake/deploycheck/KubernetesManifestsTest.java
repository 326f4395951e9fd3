package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy/: kustomizations reference real files, manifests are well formed, workloads are hardened. */
class KubernetesManifestsTest {

    private final Repository repository = Repository.current();
    private final Set<String> vocabulary = Repository.envNames(repository.read(".env.example"), true);

    @Test
    void everyKustomizationReferencesExistingFiles() {
        List<Path> kustomizations = files("kustomization.yaml");
        assertThat(kustomizations)
                .extracting(path -> repository.root().relativize(path).toString())
                .contains(
                        "deploy/base/kustomization.yaml",
                        "deploy/overlays/local/kustomization.yaml",
                        "deploy/overlays/production/kustomization.yaml");
        List<String> problems = new ArrayList<>();
        for (Path kustomization : kustomizations) {
            problems.addAll(KubernetesChecks.referencesExist(
                    kustomization, Yamls.parseMapping(Repository.read(kustomization))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyManifestParsesWithApiVersionAndKind() {
        List<String> problems = new ArrayList<>();
        for (Path manifest : files(".yaml")) {
            problems.addAll(KubernetesChecks.objectsWellFormed(
                    repository.root().relativize(manifest).toString(), Yamls.parseAll(Repository.read(manifest))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void baseObjectsMatchTheKubernetesApiSchema() {
        List<String> problems = new ArrayList<>();
        for (Path manifest : baseResources()) {
            problems.addAll(KubernetesSchema.violations(
                    manifest.getFileName().toString(), Yamls.parseAll(Repository.read(manifest))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void baseWorkloadsHaveProbesLimitsAndNonRootSecurity() {
        List<String> problems = new ArrayList<>();
        for (Path manifest : baseResources()) {
            problems.addAll(KubernetesChecks.workloadsHardened(
                    manifest.getFileName().toString(), Yamls.parseAll(Repository.read(manifest))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void baseUsesTheEnvExampleVocabulary() {
        List<String> problems = new ArrayList<>();
        for (Path manifest : baseResources()) {
            problems.addAll(KubernetesChecks.environmentNamesKnown(
                    manifest.getFileName().toString(), Yamls.parseAll(Repository.read(manifest)), vocabulary));
        }
        assertThat(problems).isEmpty();
    }

    /** Renders each overlay offline (see {@link Kustomize}) and checks the result. */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void overlayRendersToHardenedWorkloads(String overlay) throws IOException, InterruptedException {
        String rendered = Kustomize.find(repository).render(repository.resolve("deploy/overlays/" + overlay));
        List<Object> objects = Yamls.parseAll(rendered);
        assertThat(objects).hasSizeGreaterThan(10);
        assertThat(KubernetesChecks.objectsWellFormed(overlay, objects)).isEmpty();
        assertThat(KubernetesSchema.violations(overlay, objects)).isEmpty();
        assertThat(KubernetesChecks.workloadsHardened(overlay, objects)).isEmpty();
        assertThat(KubernetesChecks.environmentNamesKnown(overlay, objects, vocabulary))
                .isEmpty();
    }

    /** The shared-volume component applied on top of the local overlay mounts the lake volume everywhere. */
    @Test
    void sharedVolumeComponentRendersOnTheLocalOverlay(@TempDir Path overlay) throws IOException, InterruptedException {
        Path deploy = repository.resolve("deploy");
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [%s]
                components: [%s]
                """.formatted(
                        overlay.relativize(deploy.resolve("overlays/local")),
                        overlay.relativize(deploy.resolve("components/shared-volume-lake"))));
        String rendered = Kustomize.find(repository).render(overlay);
        List<Object> objects = Yamls.parseAll(rendered);
        assertThat(KubernetesChecks.workloadsHardened("shared-volume", objects)).isEmpty();
        assertThat(rendered).contains("LAKE_URI: file:/lake");
        assertThat(rendered.split("claimName: crimelake-lake", -1)).hasSize(5);
    }

    private List<Path> baseResources() {
        Path base = repository.resolve("deploy/base");
        return Yamls.list(Yamls.parseMapping(repository.read("deploy/base/kustomization.yaml"))
                        .get("resources"))
                .stream()
                .map(entry -> base.resolve(entry.toString()))
                .toList();
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(repository.resolve("deploy"))) {
            return files.filter(path -> path.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
