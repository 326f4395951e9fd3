package io.crimelake.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rules for a Dockerfile's runtime (last) stage; {@link #check} returns the problems it finds (empty = fine). */
final class DockerfileChecks {

    private DockerfileChecks() {}

    /**
     * The last stage runs from a pinned image, switches to a non-root USER, declares a HEALTHCHECK and sizes the heap
     * from the container limit; {@code nativeAccess} services also pass DuckDB's native-access flag.
     */
    static List<String> check(String name, String dockerfile, boolean nativeAccess) {
        List<String> problems = new ArrayList<>();
        List<String> instructions = instructions(dockerfile);
        int lastFrom = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                lastFrom = i;
            }
        }
        if (lastFrom < 0) {
            return List.of(name + ": no FROM");
        }
        long stages = instructions.stream()
                .filter(line -> keyword(line).equals("FROM"))
                .count();
        if (stages < 2) {
            problems.add(name + ": not a multi-stage build");
        }
        String[] from = instructions.get(lastFrom).split("\\s+");
        String image = from.length > 1 && !from[1].startsWith("--") ? from[1] : from.length > 2 ? from[2] : "";
        if (!ComposeChecks.pinned(image)) {
            problems.add(name + ": runtime image " + image + " is not pinned to a specific tag");
        }
        List<String> runtime = instructions.subList(lastFrom, instructions.size());
        String user = null;
        boolean healthcheck = false;
        String entrypoint = "";
        for (String line : runtime) {
            switch (keyword(line)) {
                case "USER" -> user = line.substring(4).trim();
                case "HEALTHCHECK" ->
                    healthcheck = !line.toUpperCase(Locale.ROOT).contains(" NONE");
                case "ENTRYPOINT", "CMD" -> entrypoint += line;
                default -> {}
            }
        }
        if (user == null || user.equals("root") || user.startsWith("0") || user.startsWith("root:")) {
            problems.add(name + ": runtime stage does not switch to a non-root USER");
        }
        if (!healthcheck) {
            problems.add(name + ": runtime stage has no HEALTHCHECK");
        }
        if (!entrypoint.contains("MaxRAMPercentage")) {
            problems.add(name + ": the JVM heap is not sized from the container limit (-XX:MaxRAMPercentage)");
        }
        if (nativeAccess && !entrypoint.contains("--enable-native-access=ALL-UNNAMED")) {
            problems.add(name + ": DuckDB needs --enable-native-access=ALL-UNNAMED");
        }
        return problems;
    }

    /** Instructions with line continuations joined and comments dropped. */
    static List<String> instructions(String dockerfile) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            instructions.add(current.toString().strip());
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            instructions.add(current.toString().strip());
        }
        return instructions;
    }

    private static String keyword(String instruction) {
        int space = instruction.indexOf(' ');
        return (space < 0 ? instruction : instruction.substring(0, space)).toUpperCase(Locale.ROOT);
    }
}
