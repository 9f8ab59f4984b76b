package nncourse.grader;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps the first {@code cap} bytes written to it and counts the rest: printing without end costs nothing. */
final class CappedOutput extends OutputStream {

    private static final Pattern DROPPED = Pattern.compile("\n… \\((\\d+) more bytes of output were dropped\\)$");

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

    synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        return dropped == 0 ? text : text + "\n… (" + dropped + " more bytes of output were dropped)";
    }

    /** How many bytes were dropped from a {@link #text()}: 0 when it was not capped. */
    static long dropped(String text) {
        Matcher m = DROPPED.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
