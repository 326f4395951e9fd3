package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body that breaks after its first bytes: either the connection drops (the response never
 * completes) or the rest of the body is silently discarded (the response completes with a cut JSON document).
 *
 * <p>The first bytes are held back so that even a short body is cut: if it ends before the cut point, only its
 * first half is sent.
 */
final class DamagedBody extends OutputStream {

    /** How the body breaks. */
    enum Damage {
        CONNECTION_RESET,
        TRUNCATED
    }

    /** Thrown to make the HTTP server drop the connection mid-body. */
    static final class SimulatedReset extends IOException {
        SimulatedReset() {
            super("connection reset by the simulator");
        }
    }

    static final int CUT_AFTER_BYTES = 4_096;

    private final OutputStream target;
    private final Damage damage;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream(CUT_AFTER_BYTES);
    private boolean cut;

    DamagedBody(OutputStream target, Damage damage) {
        this.target = requireNonNull(target, "target is null");
        this.damage = requireNonNull(damage, "damage is null");
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (cut) {
            return;
        }
        int room = CUT_AFTER_BYTES - head.size();
        head.write(bytes, offset, Math.min(room, length));
        if (length >= room) {
            breakAt(head.size());
        }
    }

    @Override
    public void flush() {
        // Held-back bytes are released only at the cut, so that the cut always happens.
    }

    @Override
    public void close() throws IOException {
        if (!cut) {
            breakAt(head.size() / 2);
        }
        if (damage == Damage.CONNECTION_RESET) {
            // Closing the target would send the final chunk and complete the response.
            throw new SimulatedReset();
        }
        target.close();
    }

    private void breakAt(int length) throws IOException {
        cut = true;
        target.write(head.toByteArray(), 0, length);
        target.flush();
        if (damage == Damage.CONNECTION_RESET) {
            throw new SimulatedReset();
        }
    }
}
