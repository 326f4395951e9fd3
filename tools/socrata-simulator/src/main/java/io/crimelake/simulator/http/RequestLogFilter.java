package io.crimelake.simulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one INFO line per request: method, path and query, status, rows served and milliseconds. */
final class RequestLogFilter extends Filter {

    private static final Logger LOG = LoggerFactory.getLogger("io.crimelake.simulator.requests");

    // Exchange attributes are shared by every exchange of a context in the JDK server, so the row count travels
    // in a thread-local: the handler runs on the filter's thread.
    private static final ThreadLocal<Long> ROWS = new ThreadLocal<>();

    /** Records how many rows the current response carried. */
    static void recordRows(long rows) {
        ROWS.set(rows);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long start = System.nanoTime();
        ROWS.remove();
        try {
            chain.doFilter(exchange);
        } finally {
            if (LOG.isInfoEnabled()) {
                Long rows = ROWS.get();
                LOG.info(
                        "{} {} {} rows={} {}ms",
                        exchange.getRequestMethod(),
                        exchange.getRequestURI(),
                        exchange.getResponseCode(),
                        rows == null ? "-" : rows,
                        (System.nanoTime() - start) / 1_000_000);
            }
            ROWS.remove();
        }
    }

    @Override
    public String description() {
        return "request log";
    }
}
