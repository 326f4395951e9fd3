package io.crimelake.simulator.benchmark;

import io.crimelake.simulator.SocrataSimulator;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Measures how fast the simulator serves JSON pages ordered by id, as an ingest client pages through them; run by
 * hand (not a test): {@code java -cp <test classpath> io.crimelake.simulator.benchmark.JsonThroughputBenchmark
 * [rows] [pageSize] [order]}.
 */
public final class JsonThroughputBenchmark {

    private JsonThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        String order = args.length > 2 ? args[2] : "id";
        HttpClient client = HttpClient.newHttpClient();
        try (SocrataSimulator simulator = SocrataSimulator.builder().rows(rows).start()) {
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                long bytes = 0;
                for (int offset = 0; offset < rows; offset += pageSize) {
                    URI page = simulator
                            .baseUri()
                            .resolve("resource/ijzp-q8t2.json?$order=" + order.replace(" ", "%20") + "&$limit="
                                    + pageSize + "&$offset=" + offset);
                    HttpResponse<InputStream> response = client.send(
                            HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream body = response.body()) {
                        bytes += body.transferTo(OutputStreamSink.INSTANCE);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "round %d: %,d rows in %.2f s = %,.0f rows/s (%.0f MB/s), $order=%s, $limit=%d%n",
                        round, rows, seconds, rows / seconds, bytes / seconds / 1e6, order, pageSize);
            }
        }
    }

    /** Discards the body: the measurement is the server's, not a JSON parser's. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        private static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] bytes, int offset, int length) {}
    }
}
