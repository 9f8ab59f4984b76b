package nncourse.engine;

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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Exited;
import nncourse.engine.WorkerProtocol.Ready;
import nncourse.engine.WorkerProtocol.Request;
import nncourse.learner.Messages;

/**
 * The grader's handle on one {@link Worker} JVM: send a request, wait for events, kill it with everything
 * it started. Only lines that start with the secret this handle gave the worker are taken as its events;
 * the others, and what the JVM writes to standard error, are read and dropped, keeping a few KB of the
 * latter to explain a failed start: no output of a submission fills the grader's memory or disk.
 */
final class WorkerProcess implements AutoCloseable {

    /** Longer than any event (texts in one are bounded, output capped at 16 KB): a longer line is not the worker's. */
    private static final int MAX_LINE = 4 << 20;
    private static final int ERRORS_KEPT = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Process process;
    private final Sandbox sandbox;
    private final String secret;
    private final Writer stdin;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger strayLines = new AtomicInteger();
    private final CappedOutput errors = new CappedOutput(ERRORS_KEPT);
    private boolean ready;
    private boolean ended;
    private long cpu;

    private WorkerProcess(Process process, Sandbox sandbox, String secret) {
        this.process = process;
        this.sandbox = sandbox;
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

    /** Starts a worker JVM in {@code workDir}, a folder of its own, in a {@link Sandbox} where the OS allows one. */
    static WorkerProcess start(Limits limits, Path workDir, List<Path> classpath) {
        Sandbox sandbox = Sandbox.next();
        List<String> command = sandbox.command(Path.of(System.getProperty("java.home"), "bin", "java"), List.of(
                "-Xmx" + limits.heapMegabytes() + "m", "-Xss4m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                // Each submission's classes are new to the JIT: C2's slow optimizing would mostly be thrown away.
                "-XX:TieredStopAtLevel=1",
                // Nothing may install a security manager that hobbles the next submission, nor attach to this JVM.
                "-Djava.security.manager=disallow", "-XX:+DisableAttachMechanism",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"), classpath, Worker.class.getName(), workDir);
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        try {
            return new WorkerProcess(new ProcessBuilder(command).directory(workDir.toFile()).start(), sandbox,
                    HexFormat.of().formatHex(secret));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a worker JVM", e);
        }
    }

    /** Sends a request; stray lines are counted from here on, for what it runs. */
    void send(Request request) {
        strayLines.set(0);
        try {
            stdin.write(WorkerProtocol.line(request));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            events.add(new Exited(0));
        }
    }

    /**
     * Waits until the worker has started and said so.
     *
     * @return false when it ended first or did not answer in time
     */
    boolean awaitReady(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!ready) {
            Optional<Event> event = next(deadline - System.currentTimeMillis());
            if (event.isEmpty() || event.get() instanceof Exited) {
                ended |= event.isPresent();
                return false;
            }
            ready = event.get() instanceof Ready;
        }
        return true;
    }

    /** The next event, {@link Exited} when the worker is gone, or empty when none came in time. */
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

    /**
     * The CPU time the worker's JVM has used: as the system last said (nothing changes once it has ended),
     * 0 where it does not say.
     */
    long cpuNanos() {
        process.info().totalCpuDuration().map(Duration::toNanos).ifPresent(n -> cpu = Math.max(cpu, n));
        return cpu;
    }

    /** Whether the worker has been seen to end (its standard output closed). */
    boolean ended() {
        return ended;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Kills the worker, anything it started, and (in a sandbox) every process of its user. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.killAll();
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
            // The worker is gone; Exited below says so.
        }
        events.add(new Exited(0));
    }

    /** One line of the worker's standard output: an event if it carries the secret, else a stray line. */
    private void take(String line) {
        String mine = secret + " ";
        if (line != null && line.startsWith(mine)) {
            try {
                events.add(WorkerProtocol.event(line.substring(mine.length())));
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
