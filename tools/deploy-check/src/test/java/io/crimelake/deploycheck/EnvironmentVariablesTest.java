package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every variable any service reads is in .env.example, the one vocabulary of the launcher, compose and Kubernetes. */
class EnvironmentVariablesTest {

    private final Repository repository = Repository.current();
    private final Set<String> mentioned = Repository.envNames(repository.read(".env.example"), true);

    @Test
    void everyVariableAServiceReadsIsInEnvExample() {
        List<Path> configs = repository.applicationConfigs();
        assertThat(configs).hasSizeGreaterThanOrEqualTo(5);
        List<String> problems = new ArrayList<>();
        for (Path config : configs) {
            String service = repository.root().relativize(config).getName(0).toString();
            problems.addAll(EnvChecks.documented(service, Repository.read(config), mentioned));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Compose passes each variable on, so .env reaches the containers. Ports stay at the image defaults (the services
     * find each other by name), the .env file location and the long CSP default are not passed on purpose.
     */
    @Test
    void everyVariableAServiceReadsReachesItsComposeContainer() {
        var compose = Yamls.parseMapping(repository.read("docker-compose.yml"));
        Set<String> keptDefault = Set.of(
                "CRIMELAKE_ENV_FILE",
                "CONTENT_SECURITY_POLICY",
                "GATEWAY_PORT",
                "INGEST_PORT",
                "LAKE_PORT",
                "ANALYTICS_PORT",
                "UI_PORT");
        List<String> problems = new ArrayList<>();
        for (Path config : repository.applicationConfigs()) {
            String module = repository.root().relativize(config).getName(0).toString();
            Set<String> read = EnvChecks.variablesRead(Repository.read(config));
            problems.addAll(ComposeChecks.passesVariables(compose, module, read, keptDefault));
            if (module.equals("ingest-service")) {
                problems.addAll(ComposeChecks.passesVariables(compose, "ingest-service-demo", read, keptDefault));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSecretsAreListed() {
        assertThat(mentioned).contains("ADMIN_TOKEN", "SODA_APP_TOKEN", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY");
    }
}
