package io.crimelake.deploycheck;

import static io.crimelake.deploycheck.Yamls.list;
import static io.crimelake.deploycheck.Yamls.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules for the kustomize tree under deploy/; each method returns the problems it finds (empty = fine). */
final class KubernetesChecks {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "CronJob", "Job");
    private static final Set<String> SERVED = Set.of("Deployment", "StatefulSet");

    private KubernetesChecks() {}

    /** Every file or folder a kustomization.yaml names exists next to it. */
    static List<String> referencesExist(Path kustomization, Map<String, Object> content) {
        List<String> problems = new ArrayList<>();
        Path folder = kustomization.getParent();
        List<String> references = new ArrayList<>();
        for (String key : List.of("resources", "components", "patchesStrategicMerge")) {
            list(content.get(key)).forEach(entry -> references.add(String.valueOf(entry)));
        }
        list(content.get("patches")).forEach(patch -> {
            Object path = mapping(patch).get("path");
            if (path != null) {
                references.add(path.toString());
            }
        });
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            list(content.get(generator)).forEach(entry -> {
                for (String key : List.of("envs", "files")) {
                    list(mapping(entry).get(key)).forEach(file -> {
                        String name = file.toString();
                        references.add(name.contains("=") ? name.substring(name.indexOf('=') + 1) : name);
                    });
                }
            });
        }
        for (String reference : references) {
            if (reference.contains("://")) {
                problems.add(kustomization + ": remote reference " + reference + " (keep deploy/ self-contained)");
            } else if (!Files.exists(folder.resolve(reference))) {
                problems.add(kustomization + ": " + reference + " does not exist");
            }
        }
        return problems;
    }

    /** Every document is a mapping with apiVersion and kind. */
    static List<String> objectsWellFormed(String source, List<Object> documents) {
        List<String> problems = new ArrayList<>();
        for (Object document : documents) {
            Map<String, Object> object = mapping(document);
            if (object.isEmpty() || object.get("apiVersion") == null || object.get("kind") == null) {
                problems.add(source + ": a document without apiVersion and kind");
            }
        }
        return problems;
    }

    /**
     * Every workload container has memory limits and a non-root, no-escalation, no-capability security context;
     * Deployments and StatefulSets also have liveness and readiness probes.
     */
    static List<String> workloadsHardened(String source, List<Object> documents) {
        List<String> problems = new ArrayList<>();
        for (Object document : documents) {
            Map<String, Object> object = mapping(document);
            String kind = String.valueOf(object.get("kind"));
            if (!WORKLOADS.contains(kind)) {
                continue;
            }
            String name = kind + "/" + mapping(object.get("metadata")).get("name");
            Map<String, Object> podSpec = podSpec(kind, object);
            boolean podNonRoot =
                    Boolean.TRUE.equals(mapping(podSpec.get("securityContext")).get("runAsNonRoot"));
            List<Object> containers = new ArrayList<>(list(podSpec.get("containers")));
            containers.addAll(list(podSpec.get("initContainers")));
            if (containers.isEmpty()) {
                problems.add(source + ": " + name + " has no containers");
            }
            for (Object entry : containers) {
                Map<String, Object> container = mapping(entry);
                String where = source + ": " + name + " container " + container.get("name");
                Map<String, Object> security = mapping(container.get("securityContext"));
                if (!podNonRoot && !Boolean.TRUE.equals(security.get("runAsNonRoot"))) {
                    problems.add(where + " may run as root (runAsNonRoot)");
                }
                if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                    problems.add(where + " allows privilege escalation");
                }
                if (!list(mapping(security.get("capabilities")).get("drop")).contains("ALL")) {
                    problems.add(where + " keeps Linux capabilities (drop: [ALL])");
                }
                if (mapping(mapping(container.get("resources")).get("limits")).get("memory") == null) {
                    problems.add(where + " has no memory limit");
                }
                if (SERVED.contains(kind) && list(podSpec.get("containers")).contains(entry)) {
                    for (String probe : List.of("livenessProbe", "readinessProbe")) {
                        if (container.get(probe) == null) {
                            problems.add(where + " has no " + probe);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Names set in ConfigMaps, Secrets and container env use the vocabulary of .env.example. */
    static List<String> environmentNamesKnown(String source, List<Object> documents, Set<String> known) {
        List<String> problems = new ArrayList<>();
        for (Object document : documents) {
            Map<String, Object> object = mapping(document);
            String kind = String.valueOf(object.get("kind"));
            String name = kind + "/" + mapping(object.get("metadata")).get("name");
            if (kind.equals("ConfigMap") || kind.equals("Secret")) {
                for (String key : List.of("data", "stringData")) {
                    mapping(object.get(key)).keySet().forEach(variable -> {
                        if (!known.contains(variable)) {
                            problems.add(source + ": " + name + " sets " + variable + ", unknown to .env.example");
                        }
                    });
                }
            }
            if (WORKLOADS.contains(kind)) {
                for (Object entry : list(podSpec(kind, object).get("containers"))) {
                    Map<String, Object> container = mapping(entry);
                    if (String.valueOf(container.get("image")).startsWith("minio/")) {
                        continue; // MinIO's own variables (MINIO_ROOT_USER, ...)
                    }
                    for (Object env : list(container.get("env"))) {
                        String variable = String.valueOf(mapping(env).get("name"));
                        if (!known.contains(variable)) {
                            problems.add(source + ": " + name + " sets " + variable + ", unknown to .env.example");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, Object> podSpec(String kind, Map<String, Object> object) {
        Map<String, Object> spec = mapping(object.get("spec"));
        if (kind.equals("CronJob")) {
            spec = mapping(mapping(spec.get("jobTemplate")).get("spec"));
        }
        return mapping(mapping(spec.get("template")).get("spec"));
    }
}
