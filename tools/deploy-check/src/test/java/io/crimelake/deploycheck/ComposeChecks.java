package io.crimelake.deploycheck;

import static io.crimelake.deploycheck.Yamls.list;
import static io.crimelake.deploycheck.Yamls.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules for docker-compose.yml; each method returns the problems it finds (empty = fine). */
final class ComposeChecks {

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}, ... */
    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private static final Set<String> PUBLISHING_SERVICES = Set.of("gateway", "minio");

    private ComposeChecks() {}

    /** Variables used without a default (plain or {@code :?} required) must be set in .env.example. */
    static List<String> variablesDefined(String composeText, Set<String> setInEnvExample) {
        List<String> problems = new ArrayList<>();
        String withoutComments = composeText.replaceAll("(?m)^\\s*#.*$", "");
        Matcher matcher = VARIABLE.matcher(withoutComments.replace("$$", ""));
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            String operator = matcher.group(2);
            boolean hasDefault = operator != null && operator.endsWith("-");
            if (!hasDefault && !setInEnvExample.contains(name)) {
                problems.add("${" + name + "} has no default and is not set in .env.example");
            }
        }
        return problems;
    }

    /** Every build points at an existing context and Dockerfile, inside a module the root pom lists. */
    static List<String> buildsExist(Map<String, Object> compose, Path root, List<String> modules) {
        List<String> problems = new ArrayList<>();
        services(compose).forEach((name, definition) -> {
            Object build = mapping(definition).get("build");
            if (build == null) {
                return;
            }
            String context = build instanceof String text
                    ? text
                    : String.valueOf(mapping(build).get("context"));
            Object dockerfileEntry = mapping(build).get("dockerfile");
            String dockerfile = dockerfileEntry == null ? "Dockerfile" : dockerfileEntry.toString();
            Path contextFolder = root.resolve(context).normalize();
            Path dockerfilePath = contextFolder.resolve(dockerfile).normalize();
            if (!Files.isDirectory(contextFolder)) {
                problems.add(name + ": build context " + context + " does not exist");
            } else if (!Files.isRegularFile(dockerfilePath)) {
                problems.add(name + ": " + dockerfile + " does not exist in " + context);
            } else {
                String module = root.relativize(dockerfilePath.getParent()).toString();
                if (!modules.contains(module)) {
                    problems.add(name + ": " + module + " (folder of its Dockerfile) is not a module of the root pom");
                }
            }
        });
        return problems;
    }

    /** No {@code depends_on.<service>.required} (docker-compose 1.x rejects it); conditions name real services. */
    static List<String> dependenciesValid(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = services(compose);
        services.forEach((name, definition) -> {
            Object dependsOn = mapping(definition).get("depends_on");
            for (Object dependency : list(dependsOn)) {
                if (!services.containsKey(String.valueOf(dependency))) {
                    problems.add(name + ": depends on unknown service " + dependency);
                }
            }
            mapping(dependsOn).forEach((dependency, settings) -> {
                if (!services.containsKey(dependency)) {
                    problems.add(name + ": depends on unknown service " + dependency);
                }
                Map<String, Object> condition = mapping(settings);
                if (condition.containsKey("required")) {
                    problems.add(
                            name + ": depends_on." + dependency + ".required is not understood by docker-compose 1.x");
                }
                Object kind = condition.get("condition");
                if ("service_healthy".equals(kind)
                        && !mapping(services.get(dependency)).containsKey("healthcheck")) {
                    problems.add(name + ": waits for " + dependency + " to be healthy, but it has no healthcheck");
                }
            });
        });
        return problems;
    }

    /** Long-running services: healthcheck, memory limit, restart policy; only gateway and MinIO publish ports. */
    static List<String> servicesHardened(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        services(compose).forEach((name, definition) -> {
            Map<String, Object> service = mapping(definition);
            boolean oneShot = "no".equals(String.valueOf(service.get("restart")));
            if (service.containsKey("ports") && !PUBLISHING_SERVICES.contains(name)) {
                problems.add(name + ": publishes ports; only the gateway and the MinIO console may");
            }
            if (oneShot) {
                return;
            }
            for (String key : List.of("healthcheck", "mem_limit", "restart")) {
                if (!service.containsKey(key)) {
                    problems.add(name + ": no " + key);
                }
            }
            Object image = service.get("image");
            if (image != null && !service.containsKey("build") && !pinned(image.toString())) {
                problems.add(name + ": image " + image + " is not pinned to a version");
            }
        });
        return problems;
    }

    /** Every variable a service reads reaches its container, apart from those meant to keep their default. */
    static List<String> passesVariables(
            Map<String, Object> compose, String service, Set<String> variablesRead, Set<String> keptDefault) {
        List<String> problems = new ArrayList<>();
        Object definition = services(compose).get(service);
        if (definition == null) {
            return List.of("no compose service " + service);
        }
        Map<String, Object> environment = mapping(mapping(definition).get("environment"));
        for (String variable : variablesRead) {
            if (!environment.containsKey(variable) && !keptDefault.contains(variable)) {
                problems.add(service + " reads " + variable + ", which docker-compose.yml does not pass to it");
            }
        }
        return problems;
    }

    static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon < slash + 1) {
            return false;
        }
        String tag = image.substring(colon + 1);
        // A specific release: at least two numeric parts (25.0.2_10-jre, RELEASE.2025-04-22...), never a floating
        // "25-jre".
        return !tag.equals("latest") && tag.matches(".*\\d+[._-]\\d+.*");
    }

    static Map<String, Object> services(Map<String, Object> compose) {
        return mapping(compose.get("services"));
    }
}
