package io.crimelake.deploycheck;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The CrimeLake checkout under test: finds its root and reads the files the deploy checks look at. */
record Repository(Path root) {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    Repository {
        requireNonNull(root, "root is null");
    }

    /** The checkout this test runs in: the nearest folder upwards whose pom.xml lists tools/deploy-check. */
    static Repository current() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            Path pom = folder.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>tools/deploy-check</module>")) {
                return new Repository(folder);
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("No CrimeLake root (pom.xml listing tools/deploy-check) above " + Path.of(""));
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        return read(resolve(relative));
    }

    /** Module folders named in the root pom, relative to the root. */
    List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(read("pom.xml"));
        while (matcher.find()) {
            modules.add(matcher.group(1).trim());
        }
        return modules;
    }

    /** Every application*.yml under a module's src/main/resources, relative to the root. */
    List<Path> applicationConfigs() {
        List<Path> configs = new ArrayList<>();
        for (String module : modules()) {
            Path resources = resolve(module).resolve("src/main/resources");
            if (!Files.isDirectory(resources)) {
                continue;
            }
            try (Stream<Path> files = Files.list(resources)) {
                files.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml"))
                        .sorted()
                        .forEach(configs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return configs;
    }

    /** Variable names a .env file mentions, set ({@code NAME=...}) or shown commented out ({@code # NAME=...}). */
    static Set<String> envNames(String envFile, boolean includeCommented) {
        Set<String> names = new LinkedHashSet<>();
        Pattern line = includeCommented
                ? Pattern.compile("^(?:#\\s*)?([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE)
                : Pattern.compile("^([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);
        Matcher matcher = line.matcher(envFile);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** An executable on PATH, if there is one. */
    static java.util.Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return java.util.Optional.of(Path.of(folder, name));
            }
        }
        return java.util.Optional.empty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
