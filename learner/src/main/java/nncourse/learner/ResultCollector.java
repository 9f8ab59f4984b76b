package nncourse.learner;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns JUnit Platform events into one {@link TestResult} per graded test. A graded test is a test
 * method; a parameterized (or repeated) test counts once and passes only when all its rows pass.
 * The learner's scoreboard and the grader's worker both listen through this class, so they count
 * alike.
 */
public class ResultCollector implements TestExecutionListener {

    /** A graded test as found in a test plan, before it runs. */
    public record Unit(String id, String exercise, String testClass, String name, long timeoutMillis) {}

    private final Consumer<Unit> onStarted;
    private final BiConsumer<String, TestResult> onFinished;
    private final Map<String, String> failureOfUnit = new HashMap<>();
    private final Map<String, TestResult.Outcome> outcomeOfUnit = new HashMap<>();
    private TestPlan plan;

    /**
     * @param onStarted  told when a graded test starts
     * @param onFinished told when a graded test has finished, with its unique id and result
     */
    public ResultCollector(Consumer<Unit> onStarted, BiConsumer<String, TestResult> onFinished) {
        this.onStarted = onStarted;
        this.onFinished = onFinished;
    }

    /** The graded tests of a plan, in the order JUnit will run them. */
    public static List<Unit> units(TestPlan plan, long defaultTimeoutMillis) {
        List<Unit> units = new ArrayList<>();
        Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
        while (!todo.isEmpty()) {
            TestIdentifier id = todo.removeFirst();
            if (isUnit(plan, id)) {
                units.add(unit(plan, id, defaultTimeoutMillis));
            } else {
                List<TestIdentifier> children = new ArrayList<>(plan.getChildren(id));
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.addFirst(children.get(i));
                }
            }
        }
        return units;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (isUnit(plan, id)) {
            onStarted.accept(unit(plan, id, 0));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        Optional<TestIdentifier> unit = unitOf(id);
        if (unit.isPresent() && unit.get().equals(id)) {
            onFinished.accept(id.getUniqueId(),
                    result(id, TestResult.Outcome.FAILED, Messages.get("failure.skipped", reason)));
        } else {
            unit.ifPresent(u -> fail(u, TestResult.Outcome.FAILED,
                    id.getDisplayName() + ": " + Messages.get("failure.skipped", reason)));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<TestIdentifier> unit = unitOf(id);
        if (unit.isEmpty()) {
            return;
        }
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            Throwable t = result.getThrowable().orElse(null);
            String prefix = unit.get().equals(id) ? "" : id.getDisplayName() + ": ";
            TestResult.Outcome outcome = TestResult.Outcome.FAILED;
            String message;
            try {
                outcome = Failures.outcome(t);
                message = prefix + Failures.describe(t);
            } catch (Throwable unreadable) {
                // The learner's exception threw when asked for its message: the test failed all the same.
                message = prefix + Messages.get("failure.unreadable", t.getClass().getName());
            }
            fail(unit.get(), outcome, message);
        }
        if (unit.get().equals(id)) {
            String uid = id.getUniqueId();
            TestResult.Outcome outcome = outcomeOfUnit.getOrDefault(uid, TestResult.Outcome.PASSED);
            onFinished.accept(uid, result(id, outcome, failureOfUnit.getOrDefault(uid, "")));
        }
    }

    private void fail(TestIdentifier unit, TestResult.Outcome outcome, String message) {
        outcomeOfUnit.putIfAbsent(unit.getUniqueId(), outcome);
        failureOfUnit.putIfAbsent(unit.getUniqueId(), message);
    }

    private TestResult result(TestIdentifier id, TestResult.Outcome outcome, String message) {
        Unit u = unit(plan, id, 0);
        return new TestResult(u.exercise(), u.testClass(), u.name(), outcome, message, false);
    }

    private Optional<TestIdentifier> unitOf(TestIdentifier id) {
        for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
            if (isUnit(plan, at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private static boolean isUnit(TestPlan plan, TestIdentifier id) {
        return id.getSource().orElse(null) instanceof MethodSource
                && !(plan.getParent(id).flatMap(TestIdentifier::getSource).orElse(null) instanceof MethodSource);
    }

    private static Unit unit(TestPlan plan, TestIdentifier id, long defaultTimeoutMillis) {
        MethodSource source = (MethodSource) id.getSource().orElseThrow();
        List<String> names = new ArrayList<>();
        String testClass = source.getClassName();
        for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
            Object s = at.getSource().orElse(null);
            if (s instanceof ClassSource c) {
                testClass = c.getClassName();
            } else if (!(s instanceof MethodSource)) {
                break;
            }
            names.add(0, at.getDisplayName());
        }
        String exercise = "?";
        long timeout = defaultTimeoutMillis;
        try {
            Class<?> c = Class.forName(source.getClassName(), false, Thread.currentThread().getContextClassLoader());
            var method = source.getJavaMethod();
            exercise = exerciseOf(method, c).orElse("?");
            timeout = timeout(method, c).orElse(defaultTimeoutMillis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Unknown exercise: the scoreboard reports the test as naming no exercise.
        }
        return new Unit(id.getUniqueId(), exercise, testClass.replaceAll("\\$.*", ""), String.join(" › ", names),
                timeout);
    }

    /** The exercise a test method grades: its own {@link Exercise}, its class's, or an enclosing class's. */
    static Optional<String> exerciseOf(AnnotatedElement method, Class<?> c) {
        return nearest(Exercise.class, method, c).map(Exercise::value);
    }

    private static Optional<Long> timeout(AnnotatedElement method, Class<?> c) {
        return nearest(Timeout.class, method, c).map(t -> t.unit().toMillis(t.value()));
    }

    /** The annotation of a test method, else of its class, else of the nearest enclosing class that has one. */
    private static <A extends Annotation> Optional<A> nearest(Class<A> type, AnnotatedElement method, Class<?> c) {
        for (AnnotatedElement at = method; at != null; at = at == method ? c : ((Class<?>) at).getEnclosingClass()) {
            A a = at.getAnnotation(type);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
