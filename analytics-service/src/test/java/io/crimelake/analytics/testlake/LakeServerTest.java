package io.crimelake.analytics.testlake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole service on a random port over the shared generated lake; subclasses share one context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LakeServerTest {
    public static final int MAP_POINT_CAP = 40;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DATA_DIR = TestLake.temporaryFolder("crimelake-analytics-data");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void lake(DynamicPropertyRegistry registry) {
        registry.add(
                "crimelake.lake.lake-uri", () -> "file:" + TestLake.shared().root());
        registry.add("crimelake.lake.data-dir", DATA_DIR::toString);
        registry.add("crimelake.analytics.map-point-cap", () -> MAP_POINT_CAP);
        registry.add("crimelake.analytics.snapshot-source", () -> "folder");
    }

    /** GETs {@code pathAndQuery}, which must already be URL-encoded. */
    protected HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** GETs {@code pathAndQuery} as bytes, for binary downloads. */
    protected HttpResponse<byte[]> getBytes(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GETs {@code pathAndQuery}, expects 200 and returns the parsed body. */
    protected JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode())
                .as("GET %s: %s", pathAndQuery, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    protected static JsonNode parse(String body) {
        return JSON.readTree(body);
    }
}
