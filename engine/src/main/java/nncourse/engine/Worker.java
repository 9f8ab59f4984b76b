package nncourse.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Request;
import nncourse.learner.ResultCollector;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The JVM that runs a submission's tests, started and watched by the {@link Engine}. It reads one
 * {@link Request} a line from standard input, loads the compiled submission and tests in a fresh
 * class loader, and reports each graded test as it starts and finishes, so that a test that never
 * returns or takes the JVM down costs that test alone. What the tests print is captured and capped.
 *
 * <p>Its reports go to the real standard output, which the submission can reach too
 * ({@code FileDescriptor.out}). So the first line it reads is a secret drawn by the engine, and it starts
 * every report with it: a line without it is the submission's, and the engine ignores it — code that
 * prints "this test passed" in the protocol's words earns nothing. The secret is read before any
 * submission runs and kept only in local variables.
 */
public final class Worker {

    static final int OUTPUT_CAP = 16 * 1024;

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        CappedOutput captured = new CappedOutput(OUTPUT_CAP);
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String secret = in.readLine();
        Consumer<Event> reports = event -> send(protocol, secret, event);
        Locale locale = Locale.getDefault();
        TimeZone timeZone = TimeZone.getDefault();
        for (String line; (line = in.readLine()) != null; ) {
            Request request = WorkerProtocol.JSON.readValue(line, Request.class);
            captured.reset();
            System.setOut(sink);
            System.setErr(sink);
            Locale.setDefault(locale);
            TimeZone.setDefault(timeZone);
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            try {
                run(launcher, request, reports);
            } catch (OutOfMemoryError e) {
                // JUnit rethrows it as unrecoverable: say so, and let the engine start a fresh worker.
                reports.accept(Event.outOfMemory());
                Runtime.getRuntime().halt(3);
            }
            boolean leftovers = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> !before.contains(t) && t.getState() == Thread.State.RUNNABLE);
            reports.accept(Event.done(captured.text(), captured.dropped(), leftovers));
        }
    }

    private static void run(Launcher launcher, Request request, Consumer<Event> events)
            throws Exception {
        URL[] urls = new URL[request.classpath().size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = Path.of(request.classpath().get(i)).toUri().toURL();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("submission", urls, Worker.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            List<DiscoverySelector> selectors = new ArrayList<>();
            if (request.unitIds().isEmpty()) {
                for (String name : request.testClasses()) {
                    selectors.add(selectClass(Class.forName(name, false, loader)));
                }
            } else {
                request.unitIds().forEach(id -> selectors.add(selectUniqueId(id)));
            }
            LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build();
            TestPlan plan = launcher.discover(discovery);
            events.accept(Event.plan(ResultCollector.units(plan, request.defaultTimeoutMillis())));
            launcher.execute(plan, new ResultCollector(unit -> events.accept(Event.started(unit.id())),
                    (id, result) -> events.accept(Event.finished(id, result))));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void send(PrintStream protocol, String secret, Event event) {
        try {
            protocol.println(secret + " " + WorkerProtocol.JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to the grader", e);
        }
    }
}
