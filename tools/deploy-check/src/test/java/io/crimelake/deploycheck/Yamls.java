package io.crimelake.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parses YAML safely (no arbitrary types), tolerating Compose's {@code !override} and {@code !reset} merge tags. */
final class Yamls {

    private Yamls() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseMapping(String text) {
        Object document = newYaml().load(withoutComposeTags(text));
        if (!(document instanceof Map<?, ?> mapping)) {
            throw new IllegalArgumentException("the document is not a YAML mapping");
        }
        return (Map<String, Object>) mapping;
    }

    /** Every non-empty document of a multi-document file. */
    static List<Object> parseAll(String text) {
        List<Object> documents = new ArrayList<>();
        for (Object document : newYaml().loadAll(withoutComposeTags(text))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static String withoutComposeTags(String text) {
        return text.replaceAll("(?<=:)(\\s+)!(override|reset)\\b", "$1");
    }
}
