package io.crimelake.ingest.adapter.out.socrata;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.domain.QueryWindow;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A portal that stops sending in the middle of a body, which the simulator's faults do not cover. */
class StallingBodyTest {
    private static final String PAGE = "[{\"id\":\"1\",\"date\":\"2024-01-01T00:00:00.000\"},{\"id\":\"2\"}]";

    @Test
    void retriesAPageWhoseBodyStallsMidway() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/resource/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, 0);
            if (requests.incrementAndGet() == 1) {
                exchange.getResponseBody().write(body, 0, 10);
                exchange.getResponseBody().flush();
                sleep(Duration.ofSeconds(5));
            } else {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        try {
            var settings = new SodaSettings(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                    null,
                    Duration.ofMillis(300),
                    3,
                    Duration.ofMillis(1),
                    Duration.ofMillis(10));
            var source = new HttpSocrataSource(
                    settings, "id", Set.of("id", "date"), new SimpleMeterRegistry(), Clock.systemUTC());
            List<CollectingReceiver> attempts = new ArrayList<>();
            var request = new PageRequest(
                    "ijzp-q8t2", QueryWindow.since(LocalDate.of(2024, 1, 1).atStartOfDay(), null), null, 10);

            long started = System.nanoTime();
            CollectingReceiver page = source.fetchPage(request, () -> {
                var attempt = new CollectingReceiver();
                attempts.add(attempt);
                return attempt;
            });

            assertThat(page.rows).hasSize(2);
            assertThat(attempts).hasSize(2);
            assertThat(attempts.getFirst().discarded).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        } finally {
            server.stop(0);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
