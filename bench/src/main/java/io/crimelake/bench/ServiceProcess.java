package io.crimelake.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One CrimeLake service started from its packaged jar, as in production, with its peak RSS sampled from /proc so
 * that memory targets are measured on the real artifact.
 */
public final class ServiceProcess implements AutoCloseable {

    // USER_HZ, 100 on every Linux architecture CrimeLake runs on.
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private final String module;
    private final Process process;
    private final Path log;
    private final AtomicLong peakRssKb = new AtomicLong();

    private ServiceProcess(String module, Process process, Path log) {
        this.module = module;
        this.process = process;
        this.log = log;
        Thread.ofVirtual().name(module + "-rss").start(this::sampleRss);
    }

    public static ServiceProcess start(String module, Map<String, String> env, Path logDir, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jarOf(module).toString()));
        command.addAll(List.of(args));
        Path log = logDir.resolve(
                module + (args.length > 0 ? "-" + String.join("", args).replace("-", "") : "") + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServiceProcess(module, builder.start(), log);
    }

    public void awaitHealthy(int port, Duration timeout) throws IOException, InterruptedException {
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(module + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> response =
                        client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IOException(module + " did not become healthy within " + timeout + "; see " + log);
    }

    public int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException(module + " did not finish within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    public Path log() {
        return log;
    }

    /**
     * Processor time the process has used so far, user and system, in seconds: unlike elapsed time it does
     * not grow when other work shares the cores.
     */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // Fields after the command name, which is in parentheses: state is field 3, utime 14 and stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
    }

    /** Peak resident set size seen so far, in MiB. */
    public long peakRssMib() {
        return peakRssKb.get() / 1024;
    }

    private void sampleRss() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                Files.readAllLines(status).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst()
                        .ifPresent(kb -> peakRssKb.accumulateAndGet(kb, Math::max));
                Thread.sleep(100);
            } catch (IOException | InterruptedException | RuntimeException gone) {
                return; // the process ended between the check and the read, or /proc is absent
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path jarOf(String module) throws IOException {
        // Relative to the repository root: the working directory under make, a system property under Maven.
        Path target = Path.of(System.getProperty("crimelake.root", "."), module, "target");
        try (var jars = Files.list(target)) {
            return jars.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith(module + "-") && name.endsWith(".jar") && !name.endsWith("-plain.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IOException("no packaged jar in " + module + "/target: run make build"));
        }
    }
}
