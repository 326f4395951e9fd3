package io.crimelake.deploycheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules tying the variables the services read to .env.example. */
final class EnvChecks {

    /** Environment-style placeholders ({@code ${PAGE_LIMIT:50000}}); Spring property names are lower case. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private EnvChecks() {}

    /** Upper-case {@code ${VAR...}} placeholders of one application.yml. */
    static Set<String> variablesRead(String applicationYaml) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(applicationYaml);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Every variable a service reads is mentioned in .env.example (set, or commented out with its default). */
    static List<String> documented(String service, String applicationYaml, Set<String> mentionedInEnvExample) {
        List<String> problems = new ArrayList<>();
        for (String name : variablesRead(applicationYaml)) {
            if (!mentionedInEnvExample.contains(name)) {
                problems.add(service + " reads " + name + ", which .env.example does not mention");
            }
        }
        return problems;
    }
}
