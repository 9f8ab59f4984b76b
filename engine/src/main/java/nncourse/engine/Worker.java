package nncourse.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import nncourse.engine.WorkerProtocol.Done;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Finished;
import nncourse.engine.WorkerProtocol.Load;
import nncourse.engine.WorkerProtocol.OutOfMemory;
import nncourse.engine.WorkerProtocol.OutOfTime;
import nncourse.engine.WorkerProtocol.Plan;
import nncourse.engine.WorkerProtocol.Ready;
import nncourse.engine.WorkerProtocol.Request;
import nncourse.engine.WorkerProtocol.Run;
import nncourse.engine.WorkerProtocol.Started;
import nncourse.learner.ResultCollector;
import nncourse.learner.ResultCollector.Unit;
import nncourse.learner.TestResult;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The JVM that runs a submission's tests, started and watched by the {@link Engine}. It reads
 * {@link Request}s a line at a time from standard input and reports each graded test as it starts and
 * finishes, so that a test that never returns or takes the JVM down costs that test alone.
 *
 * <p>What a submission's code can reach here is little, by construction: its classes are loaded from
 * memory by a loader that sees only the lesson's classes and the JDK ({@link MemoryClassLoader}), and
 * the admission check let through only classes that name the lesson's code and allowed JDK API. JUnit
 * is configured here and nowhere else — no configuration file, system property or service file on a
 * class path changes how the tests run. Before each request, system properties, the default locale and
 * time zone and the standard streams are put back as they were; a thread the tests leave alive, in any
 * state, makes the engine replace this JVM. Reports go to the real standard output, which the admitted
 * code cannot name, and start with a secret the engine handed over first.
 *
 * <p>A test's time limit is CPU time: what this JVM's threads have computed since the test started. A
 * busy machine slows a test down but does not make it compute more, so the same submission gets the
 * same grade on a quiet laptop and beside other work. The {@link CpuWatch} ends this JVM when the
 * running test has used its time; the engine keeps a wall-clock limit, many times longer, for a test
 * that waits without computing.
 */
public final class Worker {

    static final int OUTPUT_CAP = 16 * 1024;

    /** What the lesson's given code uses besides the JDK (its data loaders read CSV). */
    private static final List<String> LESSON_LIBRARIES = List.of("org.apache.commons.csv.",
            "org.apache.commons.io.", "org.apache.commons.codec.");
    /** What the tests use besides the lesson: JUnit, and the kit's {@code @Exercise}. */
    private static final List<String> TEST_LIBRARIES = List.of("org.junit.", "org.opentest4j.", "org.apiguardian.",
            "nncourse.learner.");
    /** How long threads that JUnit itself started for a run get to end before they count as left over. */
    private static final long THREADS_SETTLE_MILLIS = 200;

    private final PrintStream protocol;
    private final String secret;
    private final Launcher launcher = GradedTests.jupiterAlone();
    private final Map<String, Load> lessons = new HashMap<>();
    private final Properties properties = (Properties) System.getProperties().clone();
    private final Locale locale = Locale.getDefault();
    private final TimeZone timeZone = TimeZone.getDefault();
    private final CappedOutput captured = new CappedOutput(OUTPUT_CAP);
    private final CpuWatch watch = new CpuWatch();

    private Worker(PrintStream protocol, String secret) {
        this.protocol = protocol;
        this.secret = secret;
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Worker worker = new Worker(protocol, in.readLine());
        worker.resetJvm();
        worker.watch.start();
        worker.send(new Ready(0));
        for (String line; (line = in.readLine()) != null; ) {
            Request request = WorkerProtocol.request(line);
            if (request instanceof Load load) {
                worker.lessons.put(load.lesson(), load);
            } else if (request instanceof Run run) {
                worker.run(run);
            }
        }
    }

    private void run(Run request) {
        resetJvm();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Load lesson = lessons.get(request.lesson());
        try {
            if (lesson == null) {
                couldNotStart("no lesson " + request.lesson() + " was loaded");
            } else {
                runTests(request, lesson);
            }
        } catch (OutOfMemoryError e) {
            // JUnit rethrows it as unrecoverable: say so, and let the engine start a fresh worker.
            send(new OutOfMemory(request.id()));
            Runtime.getRuntime().halt(3);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            couldNotStart(e.toString());
        }
        boolean leftovers = leftover(before);
        send(new Done(request.id(), captured.text(), captured.dropped(), leftovers));
    }

    /** What the request printed is only why its tests could not start. */
    private void couldNotStart(String why) {
        captured.reset();
        new PrintStream(captured, true, StandardCharsets.UTF_8).println("the tests could not start: " + why);
    }

    private void runTests(Run request, Load lesson) throws ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>(lesson.classes());
        classes.putAll(request.classes());
        ClassLoader app = Worker.class.getClassLoader();
        MemoryClassLoader code = new MemoryClassLoader("submission", classes, lesson.resources(),
                ClassLoader.getPlatformClassLoader(), app, LESSON_LIBRARIES);
        MemoryClassLoader tests = new MemoryClassLoader("tests", lesson.testClasses(), lesson.testResources(), code,
                app, TEST_LIBRARIES);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(tests);
        try {
            List<DiscoverySelector> selectors = new ArrayList<>();
            if (request.unitIds().isEmpty()) {
                for (String name : request.testClasses()) {
                    selectors.add(selectClass(Class.forName(name, false, tests)));
                }
            } else {
                request.unitIds().forEach(id -> selectors.add(selectUniqueId(id)));
            }
            TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .enableImplicitConfigurationParameters(false)
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    // Limits are CPU time, kept by the watch: JUnit's own @Timeout would measure wall time.
                    .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                    .build());
            long id = request.id();
            List<Unit> units = ResultCollector.units(plan, request.defaultTimeoutMillis());
            Map<String, Long> limits = new HashMap<>();
            units.forEach(u -> limits.put(u.id(), u.timeoutMillis()));
            send(new Plan(id, units.stream().map(Worker::bounded).toList()));
            launcher.execute(plan, new ResultCollector(unit -> {
                send(new Started(id, unit.id()));
                watch.started(id, unit.id(), limits.getOrDefault(unit.id(), request.defaultTimeoutMillis()));
            }, (unit, result) -> {
                watch.finished();
                send(new Finished(id, unit, bounded(result)));
            }));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Puts back what the tests may have changed of the JVM as a whole. */
    private void resetJvm() {
        Properties fresh = new Properties();
        fresh.putAll(properties);
        System.setProperties(fresh);
        Locale.setDefault(locale);
        TimeZone.setDefault(timeZone);
        captured.reset();
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
    }

    /** Whether a thread started since {@code before} is still alive, whatever it is doing. */
    private static boolean leftover(Set<Thread> before) {
        long deadline = System.nanoTime() + THREADS_SETTLE_MILLIS * 1_000_000;
        while (true) {
            boolean alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> !before.contains(t) && t.isAlive());
            if (!alive || System.nanoTime() > deadline) {
                return alive;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    private static Unit bounded(Unit u) {
        return new Unit(u.id(), u.exercise(), u.testClass(), WorkerProtocol.bounded(u.name()), u.timeoutMillis());
    }

    private static TestResult bounded(TestResult r) {
        return new TestResult(r.exercise(), r.testClass(), WorkerProtocol.bounded(r.name()), r.outcome(),
                WorkerProtocol.bounded(r.message()), r.hidden());
    }

    /**
     * Watches the running test's CPU time — all of this JVM's, so that work a test hands to other threads
     * (a parallel stream) counts too — and ends the JVM when it passes the test's limit, having said so.
     */
    private final class CpuWatch extends Thread {

        private static final long POLL_MILLIS = 10;
        private final OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long request;
        private String running;
        private long limitNanos;
        private long startNanos;

        CpuWatch() {
            super("cpu-watch");
            setDaemon(true);
        }

        synchronized void started(long request, String unit, long limitMillis) {
            this.request = request;
            this.running = unit;
            this.limitNanos = limitMillis * 1_000_000;
            this.startNanos = os.getProcessCpuTime();
        }

        synchronized void finished() {
            running = null;
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (this) {
                    if (running != null && os.getProcessCpuTime() - startNanos > limitNanos) {
                        send(new OutOfTime(request, running));
                        Runtime.getRuntime().halt(4);
                    }
                }
            }
        }
    }

    private void send(Event event) {
        protocol.println(secret + " " + WorkerProtocol.line(event));
    }
}
