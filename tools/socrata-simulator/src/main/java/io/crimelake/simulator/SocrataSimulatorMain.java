package io.crimelake.simulator;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the simulator as a standalone server until the process is stopped. */
public final class SocrataSimulatorMain {

    private static final String LOGGING_CONFIGURATION = "io/crimelake/simulator/simulator-logback.xml";

    private SocrataSimulatorMain() {}

    public static void main(String[] args) {
        // Set before the first logger exists; the library jar itself ships no logback.xml to impose on its users.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        }
        Logger log = LoggerFactory.getLogger(SocrataSimulatorMain.class);
        List<String> arguments = List.of(args);
        if (arguments.contains("--help")) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        SocrataSimulatorBuilder builder;
        try {
            builder = CommandLine.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        SocrataSimulator simulator = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
        log.info(
                "Serving {} rows of {} at {}resource/{}.json (started in {} ms)",
                simulator.table().size(),
                simulator.datasetId(),
                simulator.baseUri(),
                simulator.datasetId(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
