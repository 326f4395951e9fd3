package io.crimelake.simulator;

import io.crimelake.simulator.fault.RandomFaults;
import io.crimelake.simulator.format.LocationStyle;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Turns command-line arguments into a configured {@link SocrataSimulatorBuilder}. */
final class CommandLine {

    static final int DEFAULT_PORT = 9100;

    static final String USAGE = """
            Usage: java -jar socrata-simulator-exec.jar [options]
              --port N              port to listen on (default 9100; 0 picks a free port)
              --seed N              seed of the synthetic data and of random faults (default 42)
              --rows N              synthetic rows, ending on --to (default: about 700 a day)
              --from YYYY-MM-DD     first day of synthetic crimes (default: one year before --to)
              --to YYYY-MM-DD       last day of synthetic crimes (default 2024-12-31); "latest" is the newest day
                                    the portal would have published by now, so its clock is never in the future
              --replay FILE...      serve saved portal files (CSV export, SODA .json or .geojson) instead
              --boundaries FILE     serve this community-areas GeoJSON as igwz-8jzy instead of synthetic cells
              --faults SPEC         random faults, e.g. "429=0.02,500=0.01,reset=0.005"
              --dataset-id ID       the crimes dataset id (default ijzp-q8t2)
              --require-token       answer 403 without X-App-Token or $$app_token
              --location-style S    location in JSON rows: legacy (default) or point
              --help                print this text
            """;

    private CommandLine() {}

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message fit for the user. */
    static SocrataSimulatorBuilder parse(List<String> arguments) {
        SocrataSimulatorBuilder builder = SocrataSimulator.builder().port(DEFAULT_PORT);
        long seed = 42;
        String faults = null;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            switch (option) {
                case "--port" -> builder.port(integer(option, value(arguments, ++i, option)));
                case "--seed" -> {
                    seed = Long.parseLong(value(arguments, ++i, option));
                    builder.seed(seed);
                }
                case "--rows" -> builder.rows(integer(option, value(arguments, ++i, option)));
                case "--from" -> builder.from(date(option, value(arguments, ++i, option)));
                case "--to" -> builder.to(endDay(option, value(arguments, ++i, option)));
                case "--replay" -> {
                    value(arguments, i + 1, option);
                    while (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                        builder.replay(existingFile(arguments.get(++i)));
                    }
                }
                case "--boundaries" -> builder.boundaries(existingFile(value(arguments, ++i, option)));
                case "--faults" -> faults = value(arguments, ++i, option);
                case "--dataset-id" -> builder.datasetId(value(arguments, ++i, option));
                case "--require-token" -> builder.requireAppToken();
                case "--location-style" -> builder.locationStyle(locationStyle(value(arguments, ++i, option)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (faults != null) {
            builder.randomFaults(RandomFaults.parse(faults, seed));
        }
        return builder;
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static int integer(String option, String text) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, not " + text);
        }
    }

    private static LocalDate endDay(String option, String text) {
        return text.equalsIgnoreCase("latest")
                ? SyntheticHistory.latestPublishedDay(Instant.now())
                : date(option, text);
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " expects a date like 2024-01-31, not " + text);
        }
    }

    private static Path existingFile(String text) {
        Path file = Path.of(text);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + text);
        }
        return file;
    }

    private static LocationStyle locationStyle(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "legacy" -> LocationStyle.LEGACY_OBJECT;
            case "point" -> LocationStyle.GEOJSON_POINT;
            default -> throw new IllegalArgumentException("--location-style is legacy or point, not " + text);
        };
    }
}
