package nncourse.engine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first {@code cap} bytes written to it and counts the rest: printing without end costs nothing. */
final class CappedOutput extends OutputStream {

    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    CappedOutput(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int keep = Math.max(0, Math.min(len, cap - kept.size()));
        kept.write(b, off, keep);
        dropped += len - keep;
    }

    synchronized void reset() {
        kept.reset();
        dropped = 0;
    }

    /** What was kept. */
    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** How many bytes were written beyond the cap. */
    synchronized long dropped() {
        return dropped;
    }
}
