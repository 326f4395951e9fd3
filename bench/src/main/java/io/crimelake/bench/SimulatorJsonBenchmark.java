package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * How fast the simulator serves JSON pages ordered by id over loopback, so that client benchmarks measure the
 * client rather than the simulator. The body is discarded, not parsed.
 */
final class SimulatorJsonBenchmark {

    private static final int PAGE_SIZE = 50_000;

    private final SocrataSimulator simulator;
    private final int rows;

    SimulatorJsonBenchmark(SocrataSimulator simulator, int rows) {
        this.simulator = simulator;
        this.rows = rows;
    }

    BenchResult run() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        long bytes = 0;
        for (int offset = 0; offset < rows; offset += PAGE_SIZE) {
            URI page = simulator
                    .baseUri()
                    .resolve("resource/ijzp-q8t2.json?$order=id&$limit=" + PAGE_SIZE + "&$offset=" + offset);
            HttpResponse<InputStream> response =
                    client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IOException("simulator answered " + response.statusCode() + " for " + page);
            }
            try (InputStream body = response.body()) {
                bytes += body.transferTo(OutputStream.nullOutputStream());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchResult(
                "simulator: SODA JSON pages over loopback ($order=id, $limit=50000)",
                rows,
                seconds,
                "%.0f MB/s of JSON".formatted(bytes / seconds / 1e6));
    }
}
