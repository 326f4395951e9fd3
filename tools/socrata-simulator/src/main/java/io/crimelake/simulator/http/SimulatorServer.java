package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.crimelake.simulator.fault.FaultPlan;
import io.crimelake.simulator.query.QueryExecutor;
import io.crimelake.simulator.synthetic.AdvanceResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** The JDK HTTP server wired to the simulator's handlers, one virtual thread per request. */
public final class SimulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private SimulatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static SimulatorServer start(
            InetSocketAddress address,
            ServedDatasets datasets,
            ServingOptions options,
            FaultPlan faults,
            IntFunction<AdvanceResult> advance)
            throws IOException {
        requireNonNull(datasets, "datasets is null");
        HttpServer server = HttpServer.create(address, 0);
        QueryExecutor queries = new QueryExecutor(new Random());
        register(server, "/resource/", new ResourceHandler(datasets, options, faults, queries));
        register(server, "/api/views/", new ViewsHandler(datasets, options));
        register(server, "/_sim/", new AdminHandler(advance, faults));
        register(
                server,
                "/",
                exchange -> HttpResponses.sendError(
                        exchange,
                        404,
                        "not_found",
                        "Cannot find " + exchange.getRequestURI().getPath()));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new SimulatorServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void register(HttpServer server, String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(new RequestLogFilter());
    }
}
