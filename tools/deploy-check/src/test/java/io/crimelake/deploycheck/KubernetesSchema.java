package io.crimelake.deploycheck;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks Kubernetes objects against the API schema through the fabric8 model: each must bind to its typed class,
 * and no field may be unknown to the schema (fabric8 keeps those in {@code additionalProperties}, so a typo such
 * as {@code readinesProbe} would otherwise pass silently).
 */
final class KubernetesSchema {

    private KubernetesSchema() {}

    static List<String> violations(String source, List<Object> documents) {
        List<String> problems = new ArrayList<>();
        for (Object document : documents) {
            if (!(document instanceof Map<?, ?> object) || object.isEmpty()) {
                continue;
            }
            String name = object.get("kind") + " in " + source;
            try {
                Object typed = Serialization.unmarshal(Serialization.asJson(object));
                if (!(typed instanceof HasMetadata)) {
                    problems.add(name + ": not a known Kubernetes kind");
                    continue;
                }
                collectUnknownFields(typed, name, problems, new IdentityHashMap<>());
            } catch (RuntimeException unreadable) {
                problems.add(name + ": does not match the schema: " + unreadable.getMessage());
            }
        }
        return problems;
    }

    private static void collectUnknownFields(
            Object node, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> collectUnknownFields(item, path, problems, seen));
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.values().forEach(value -> collectUnknownFields(value, path, problems, seen));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                if (!extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet() + " in "
                            + node.getClass().getSimpleName());
                }
            } else {
                collectUnknownFields(value, path, problems, seen);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return null;
        }
    }
}
