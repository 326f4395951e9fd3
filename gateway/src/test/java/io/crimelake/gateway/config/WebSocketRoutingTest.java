package io.crimelake.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.gateway.support.TestUpstream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** Vaadin's push WebSocket passes through the dashboard route: an echo server stands in for ui-service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketRoutingTest {

    static final DisposableServer UI = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(routes -> routes.ws(
                    "/VAADIN/push",
                    (in, out) -> out.sendString(in.receive().asString().map(text -> "ui got " + text))))
            .bindNow();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.lake-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.analytics-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.ui-url", () -> "http://127.0.0.1:" + UI.port());
    }

    @AfterAll
    static void stopUpstream() {
        UI.disposeNow();
    }

    @Test
    void passesThePushWebSocketToTheDashboard() throws Exception {
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/VAADIN/push?v-uiId=0"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        reply.complete(data.toString());
                        return null;
                    }
                })
                .get(5, TimeUnit.SECONDS);

        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);

        assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo("ui got hello");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
