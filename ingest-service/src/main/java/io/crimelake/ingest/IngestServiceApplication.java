package io.crimelake.ingest;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the CrimeLake ingest-service: a web service, or one run with {@code --once}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestServiceApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IngestServiceApplication.class);
        if (Arrays.asList(args).contains("--once")) {
            // No web server and no schedule: run, report, exit with the run's code. Beans the run does not
            // reach (actuator endpoints, the OpenAPI document, ...) are never created, which shortens the start.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setLazyInitialization(true);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
