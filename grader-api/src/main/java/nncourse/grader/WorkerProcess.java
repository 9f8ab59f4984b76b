package nncourse.grader;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nncourse.grader.WorkerProtocol.Event;
import nncourse.grader.WorkerProtocol.Request;
import nncourse.grading.Messages;

/** The grader's handle on one {@link Worker} JVM: send a request, wait for events, kill it with its children. */
final class WorkerProcess implements AutoCloseable {

    /** What {@link #next} returns when the worker's output ended: it exited or crashed. */
    static final Event EXITED = new Event("exited", null, null, null, null, null, null);

    private final Process process;
    private final Path errorLog;
    private final Writer stdin;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private WorkerProcess(Process process, Path errorLog) {
        this.process = process;
        this.errorLog = errorLog;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readEvents, "worker-events-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(Limits limits, Path workingDirectory, List<Path> classpath) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.heapMegabytes() + "m", "-Xss4m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                // Each submission's classes are new to the JIT: C2's slow optimizing would mostly be thrown away.
                "-XX:TieredStopAtLevel=1",
                // A submission may not install a security manager that would hobble the next one.
                "-Djava.security.manager=disallow",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                Worker.class.getName()));
        try {
            Path errorLog = Files.createTempFile(workingDirectory, "worker-", ".log");
            return new WorkerProcess(new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectError(errorLog.toFile()).start(), errorLog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a worker JVM", e);
        }
    }

    void send(Request request) {
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
        try {
            String text = Files.readString(errorLog, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text.substring(0, Math.min(text.length(), 2000));
        } catch (IOException e) {
            return "";
        }
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
            Files.deleteIfExists(errorLog);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // Left in the engine's temporary folder, which goes when the engine closes.
        }
    }

    private void readEvents() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                try {
                    events.add(WorkerProtocol.JSON.readValue(line, Event.class));
                } catch (IOException e) {
                    // Not the worker's words (the submission wrote to the real standard output): ignore.
                }
            }
        } catch (IOException e) {
            // The worker is gone; EXITED below says so.
        }
        events.add(EXITED);
    }
}
