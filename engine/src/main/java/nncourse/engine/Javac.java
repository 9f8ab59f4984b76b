package nncourse.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nncourse.engine.JavaCompilation.CompileError;
import nncourse.learner.Messages;

/**
 * Compiles a submission's sources under limits: in a {@link JavacWorker} JVM of its own, kept warm from
 * one compilation to the next, with a heap of {@link #HEAP_MEGABYTES} MB and a limit of CPU time per call. A
 * compilation that runs out of time or memory, or crashes javac, is reported as a compile error in
 * words, and the next compilation gets a fresh JVM.
 */
final class Javac implements AutoCloseable {

    static final int HEAP_MEGABYTES = 512;

    /** A compilation may take this many times its limit in wall time, when the machine is busy. */
    private static final int WALL_PER_CPU = 10;
    private static final long POLL_MILLIS = 50;

    /** Compile {@code sources} against {@code classpath} into {@code out}. */
    record Request(long id, List<String> sources, List<String> classpath, String out) {}

    /** What javac said: its errors, or why it did not finish ({@code crash}, else null). */
    record Response(long id, List<CompileError> errors, String crash) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<Path> ownClasspath;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "javac-answers");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private Writer requests;
    private BufferedReader answers;
    private long next;

    /** @param ownClasspath the class path of the JVM that runs javac: this engine's */
    Javac(List<Path> ownClasspath) {
        this.ownClasspath = ownClasspath;
    }

    /** Starts the JVM now, so that it boots while other work goes on. */
    void start() {
        if (process == null || !process.isAlive()) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP_MEGABYTES + "m", "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-XX:-UsePerfData", "-XX:+ExitOnOutOfMemoryError", "-cp", String.join(File.pathSeparator,
                            ownClasspath.stream().map(Path::toString).toList()), JavacWorker.class.getName());
            try {
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the JVM that compiles submissions", e);
            }
            requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Compiles {@code sources} into {@code out} against {@code classpath}, within {@code limit}.
     *
     * @return javac's errors, or one error saying why it did not finish; empty when it compiled
     */
    List<CompileError> compile(List<Path> sources, List<Path> classpath, Path out, Duration limit) {
        start();
        long id = ++next;
        Future<String> answer;
        try {
            requests.write(JSON.writeValueAsString(new Request(id, sources.stream().map(Path::toString).toList(),
                    classpath.stream().map(Path::toString).toList(), out.toString())));
            requests.write('\n');
            requests.flush();
            answer = reader.submit(answers::readLine);
        } catch (IOException e) {
            return died();
        }
        try {
            String line = await(answer, limit);
            if (line == null) {
                return died();
            }
            Response response = JSON.readValue(line, Response.class);
            if (response.crash() != null) {
                stop();
                return List.of(CompileError.general(Messages.get("javac.crashed", response.crash())));
            }
            return response.errors();
        } catch (TimeoutException e) {
            stop();
            return List.of(CompileError.general(Messages.get("javac.outOfTime", (limit.toMillis() + 999) / 1000)));
        } catch (ExecutionException | IOException e) {
            return died();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return List.of(CompileError.general("interrupted"));
        }
    }

    /**
     * javac's answer, once it comes within {@code limit} of CPU time of javac's JVM — so that a busy machine
     * does not turn into a compile error — or {@link #WALL_PER_CPU} times that in wall time.
     */
    private String await(Future<String> answer, Duration limit) throws InterruptedException, ExecutionException,
            TimeoutException {
        long cpuAtStart = cpuNanos();
        long wallDeadline = System.nanoTime() + limit.toNanos() * WALL_PER_CPU;
        while (true) {
            try {
                return answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cpuNanos() - cpuAtStart > limit.toNanos() || System.nanoTime() > wallDeadline) {
                    throw e;
                }
            }
        }
    }

    /** The CPU time javac's JVM has used, or 0 where the system does not say. */
    private long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private List<CompileError> died() {
        stop();
        return List.of(CompileError.general(Messages.get("javac.outOfMemory", HEAP_MEGABYTES)));
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try (OutputStream in = process.getOutputStream()) {
                // Closing its input ends it.
            } catch (IOException e) {
                // It is killed below anyway.
            }
        }
        stop();
        reader.shutdownNow();
    }
}
