package io.crimelake.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.crimelake.gateway.health.UpstreamHealth.Status;
import io.crimelake.gateway.support.TestUpstream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpstreamHealthProbeTest {

    private final UpstreamHealthProbe probe = new UpstreamHealthProbe(Duration.ofMillis(500));

    @Test
    void reportsUpWhenTheServiceSaysUp() {
        TestUpstream service = TestUpstream.healthy("lake");
        try {
            UpstreamHealth health = probe.check(URI.create(service.url())).block();

            assertThat(health.status()).isEqualTo(Status.UP);
            assertThat(health.latencyMs()).isBetween(0L, 500L);
        } finally {
            service.stop();
        }
    }

    @Test
    void reportsDownWhenTheServiceSaysDown() {
        TestUpstream service = TestUpstream.reportingDown("lake");
        try {
            assertThat(probe.check(URI.create(service.url())).block().status()).isEqualTo(Status.DOWN);
        } finally {
            service.stop();
        }
    }

    @Test
    void reportsUnreachableWhenNothingListens() {
        assertThat(probe.check(URI.create(TestUpstream.nothingListening()))
                        .block()
                        .status())
                .isEqualTo(Status.UNREACHABLE);
    }

    @Test
    void reportsUnreachableWhenTheServiceDoesNotAnswerInTime() throws IOException {
        HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hanging.createContext("/", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hanging.start();
        try {
            UpstreamHealth health = probe.check(URI.create(
                            "http://127.0.0.1:" + hanging.getAddress().getPort()))
                    .block(Duration.ofSeconds(2));

            assertThat(health.status()).isEqualTo(Status.UNREACHABLE);
            assertThat(health.latencyMs()).isBetween(400L, 1500L);
        } finally {
            hanging.stop(0);
        }
    }
}
