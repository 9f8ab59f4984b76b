package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Request;
import nncourse.learner.Messages;

/**
 * The grader's handle on one {@link Worker} JVM: send a request, wait for events, kill it with its children.
 * Only lines that start with the secret this handle gave the worker are taken as its events; the others,
 * and what the JVM writes to standard error, are read and dropped, keeping a few KB of the latter to
 * explain a failed start: no output of a submission fills the grader's memory or disk.
 */
final class WorkerProcess implements AutoCloseable {

    /** What {@link #next} returns when the worker's output ended: it exited or crashed. */
    static final Event EXITED = new Event("exited", null, null, null, null, null, null);

    /** Longer than any event (the output in one is capped at 16 KB): a longer line is not the worker's. */
    private static final int MAX_LINE = 1 << 20;
    private static final int ERRORS_KEPT = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Process process;
    private final String secret;
    private final Writer stdin;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger strayLines = new AtomicInteger();
    private final CappedOutput errors = new CappedOutput(ERRORS_KEPT);

    private WorkerProcess(Process process, String secret) {
        this.process = process;
        this.secret = secret;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("worker-events-", this::readEvents);
        daemon("worker-errors-", this::readErrors);
        try {
            stdin.write(secret + "\n");
            stdin.flush();
        } catch (IOException e) {
            // It died at once: next() says so.
        }
    }

    static WorkerProcess start(Limits limits, Path workingDirectory, List<Path> classpath) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.heapMegabytes() + "m", "-Xss4m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                // Each submission's classes are new to the JIT: C2's slow optimizing would mostly be thrown away.
                "-XX:TieredStopAtLevel=1",
                // A submission may not install a security manager that would hobble the next one, nor have
                // jcmd dump this JVM's heap to find the secret its reports carry.
                "-Djava.security.manager=disallow", "-XX:+DisableAttachMechanism",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                Worker.class.getName()));
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        try {
            return new WorkerProcess(new ProcessBuilder(command).directory(workingDirectory.toFile()).start(),
                    HexFormat.of().formatHex(secret));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a worker JVM", e);
        }
    }

    /** Sends a request; stray lines are counted from here on, for what it runs. */
    void send(Request request) {
        strayLines.set(0);
        try {
            stdin.write(WorkerProtocol.JSON.writeValueAsString(request));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            events.add(EXITED);
        }
    }

    /** The next event, {@link #EXITED} when the worker is gone, or empty when none came in time. */
    Optional<Event> next(long timeoutMillis) throws InterruptedException {
        return Optional.ofNullable(events.poll(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS));
    }

    /** How the worker ended, in words for a learner: "ended the test JVM with exit code 3 — System.exit?"… */
    String howItEnded() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return Messages.get("engine.notAnswering");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = process.exitValue();
        return code > 128 ? Messages.get("engine.killed", code - 128) : Messages.get("engine.exited", code);
    }

    /** The start of what the JVM itself wrote to standard error (the tests' own output is captured apart). */
    String errors() {
        String text = errors.text().strip();
        return text.isEmpty() ? "" : ": " + text.substring(0, Math.min(text.length(), 2000));
    }

    /** How many lines the worker's standard output had that were not its events, since the last send or call. */
    int takeStrayLines() {
        return strayLines.getAndSet(0);
    }

    /** Ends any process the submission started and left behind. */
    void killChildren() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readEvents() {
        try (Reader out = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            char[] chunk = new char[8192];
            for (int n; (n = out.read(chunk)) != -1; ) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') {
                        tooLong |= line.length() == MAX_LINE;
                        if (!tooLong) {
                            line.append(chunk[i]);
                        }
                    } else {
                        take(tooLong ? null : line.toString());
                        line.setLength(0);
                        tooLong = false;
                    }
                }
            }
        } catch (IOException e) {
            // The worker is gone; EXITED below says so.
        }
        events.add(EXITED);
    }

    /** One line of the worker's standard output: an event if it carries the secret, else a stray line. */
    private void take(String line) {
        String mine = secret + " ";
        if (line != null && line.startsWith(mine)) {
            try {
                events.add(WorkerProtocol.JSON.readValue(line.substring(mine.length()), Event.class));
                return;
            } catch (IOException e) {
                // Not an event after all.
            }
        }
        strayLines.incrementAndGet();
    }

    private void readErrors() {
        try (InputStream err = process.getErrorStream()) {
            err.transferTo(errors);
        } catch (IOException e) {
            // The worker is gone.
        }
    }

    private void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name + process.pid());
        thread.setDaemon(true);
        thread.start();
    }
}
