package io.crimelake.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.gateway.support.GatewayClient;
import io.crimelake.gateway.support.TestUpstream;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code GET /api/health} with every service up (the mixed case is in UnavailableServicesTest). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AggregatedHealthTest {

    static final List<TestUpstream> SERVICES = List.of(
            TestUpstream.healthy("ingest"),
            TestUpstream.healthy("lake"),
            TestUpstream.healthy("analytics"),
            TestUpstream.healthy("ui"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", SERVICES.get(0)::url);
        registry.add("crimelake.gateway.lake-url", SERVICES.get(1)::url);
        registry.add("crimelake.gateway.analytics-url", SERVICES.get(2)::url);
        registry.add("crimelake.gateway.ui-url", SERVICES.get(3)::url);
    }

    @AfterAll
    static void stopUpstreams() {
        SERVICES.forEach(TestUpstream::stop);
    }

    @Test
    void answers200WhenEveryServiceIsUp() {
        HttpResponse<String> response = new GatewayClient(port).get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .startsWith("{\"status\":\"UP\",\"services\":{\"ingest-service\":{\"status\":\"UP\"")
                .contains("\"lake-service\":{\"status\":\"UP\"")
                .contains("\"analytics-service\":{\"status\":\"UP\"")
                .contains("\"ui-service\":{\"status\":\"UP\"");
    }
}
