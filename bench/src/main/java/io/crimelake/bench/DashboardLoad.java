package io.crimelake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many dashboard users at once, each asking its next question as soon as the last is answered: half the
 * questions are the opening view (cached after the first), half are the same panels over a random 30-day
 * window of the history (mostly computed).
 */
final class DashboardLoad {
    private static final List<String> PANELS = List.of(
            "/timeseries?grain=day&",
            "/top-types?n=15&",
            "/heatmap?",
            "/arrest-rate?",
            "/community-areas?",
            "/map?",
            "/incidents?page=0&size=50&");

    private final URI analytics;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /** @param analytics the service root; windows fall between {@code firstDay} and {@code lastDay} */
    DashboardLoad(URI analytics, LocalDate firstDay, LocalDate lastDay) {
        this.analytics = analytics;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** The answers' latencies and failures of {@code clients} clients asking for {@code duration}. */
    Result run(int clients, Duration duration) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>("");
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    String path = nextPath();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(
                                HttpRequest.newBuilder(analytics.resolve("/api/analytics" + path))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstError.compareAndSet("", path + " answered " + response.statusCode());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet("", path + ": " + e);
                    }
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(
                sorted.length, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99), firstError.get());
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private String nextPath() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String panel = PANELS.get(random.nextInt(PANELS.size()));
        LocalDate to = random.nextBoolean()
                ? lastDay
                : firstDay.plusDays(
                        29 + random.nextLong(Math.max(1, lastDay.toEpochDay() - firstDay.toEpochDay() - 29)));
        return panel + "from=" + to.minusDays(29) + "&to=" + to;
    }

    /** What the clients saw. */
    record Result(int requests, int errors, double p50Millis, double p99Millis, String firstError) {}
}
