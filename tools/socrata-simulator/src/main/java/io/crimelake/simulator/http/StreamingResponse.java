package io.crimelake.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.crimelake.simulator.fault.FaultKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Streams a 200 response body in chunks, damaging it when a reset or truncation fault is active. */
final class StreamingResponse {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingResponse.class);
    private static final int BUFFER_BYTES = 1 << 16;

    /** Writes a body and returns how many rows it held. */
    @FunctionalInterface
    interface BodyWriter {
        long write(OutputStream out);
    }

    private StreamingResponse() {}

    /**
     * Sends the body; throws {@link IOException} when the connection must be dropped (a simulated reset or a
     * client that went away), which makes the HTTP server close it without completing the response.
     */
    static void stream(HttpExchange exchange, String contentType, FaultKind fault, BodyWriter writer)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), BUFFER_BYTES);
        if (fault == FaultKind.CONNECTION_RESET) {
            out = new DamagedBody(out, DamagedBody.Damage.CONNECTION_RESET);
        } else if (fault == FaultKind.TRUNCATED_BODY) {
            out = new DamagedBody(out, DamagedBody.Damage.TRUNCATED);
        }
        try {
            RequestLogFilter.recordRows(writer.write(out));
        } catch (RuntimeException e) {
            IOException cause = ioCause(e);
            if (cause == null) {
                throw e;
            }
            if (!(cause instanceof DamagedBody.SimulatedReset)) {
                LOG.debug("Client went away mid-response", cause);
            }
            throw cause;
        }
    }

    // Jackson and the CSV writers wrap I/O failures in unchecked exceptions.
    private static IOException ioCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
