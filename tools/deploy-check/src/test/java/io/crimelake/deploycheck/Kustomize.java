package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization offline with the {@code kustomize} binary that {@code tools/ensure-kustomize.sh} puts
 * in {@code .tools/kustomize/bin} (Debian ships no kubectl), else a {@code kustomize} or {@code kubectl} on PATH.
 * Without any of them, the calling test is skipped with that reason.
 */
final class Kustomize {

    private final List<String> command;

    private Kustomize(List<String> command) {
        this.command = command;
    }

    static Kustomize find(Repository repository) {
        Path bundled = repository.resolve(".tools/kustomize/bin/kustomize");
        Optional<Path> kustomize =
                Files.isExecutable(bundled) ? Optional.of(bundled) : Repository.executable("kustomize");
        if (kustomize.isPresent()) {
            return new Kustomize(List.of(kustomize.get().toString(), "build"));
        }
        Optional<Path> kubectl = Repository.executable("kubectl");
        assumeTrue(
                kubectl.isPresent(),
                "neither kustomize nor kubectl is installed (`make test` installs kustomize via"
                        + " tools/ensure-kustomize.sh on Linux x86-64)");
        return new Kustomize(List.of(kubectl.get().toString(), "kustomize"));
    }

    /** The rendered YAML of the kustomization in {@code folder}; fails the test when rendering fails. */
    String render(Path folder) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(command);
        arguments.add(folder.toString());
        Process process = new ProcessBuilder(arguments)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", arguments)).isZero();
        return rendered;
    }
}
