package nncourse.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nncourse.engine.LessonTests.Compiled;
import nncourse.learner.ResultCollector;
import nncourse.learner.ResultCollector.Unit;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A lesson's graded tests, public and hidden, as JUnit discovers them — discovered only, never run —
 * with the tags each one carries (its own and its classes'). The maintainers' checks of the kit read
 * it, e.g. that every test names the {@link nncourse.learner.Kind kinds} of checks it makes; grading
 * does not use it. The tests are the ones {@link LessonTests} compiled against the stubs, and graded
 * tests are found as the worker finds them ({@link ResultCollector#units}).
 */
public final class GradedTests {

    /**
     * One graded test.
     *
     * @param exercise  the exercise it grades ({@code "?"} when it names none)
     * @param testClass its top-level test class
     * @param name      its display name, with those of its nested classes
     * @param hidden    whether it is one of the hidden tests
     * @param tags      its JUnit tags, with those of the classes it is in
     */
    public record GradedTest(String exercise, String testClass, String name, boolean hidden, Set<String> tags) {}

    private GradedTests() {
    }

    /**
     * The graded tests of a lesson, public ones first, in the order JUnit would run them.
     *
     * @throws RuntimeException if the kit's stubs or tests do not compile
     */
    public static List<GradedTest> of(LessonTests tests, KitLesson lesson) {
        Compiled compiled = tests.of(lesson);
        Map<String, byte[]> classes = new HashMap<>(compiled.load().classes());
        classes.putAll(compiled.load().testClasses());
        Map<String, byte[]> resources = new HashMap<>(compiled.load().resources());
        resources.putAll(compiled.load().testResources());
        ClassLoader app = GradedTests.class.getClassLoader();
        ClassLoader loader = new MemoryClassLoader("discovery-" + lesson.name(), classes, resources, app, app,
                List.of());
        Launcher launcher = jupiterAlone();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (String name : compiled.testClasses()) {
                selectors.add(selectClass(Class.forName(name, false, loader)));
            }
            TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .enableImplicitConfigurationParameters(false)
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    .build());
            List<GradedTest> graded = new ArrayList<>();
            for (Unit unit : ResultCollector.units(plan, 0)) {
                Set<String> tags = new TreeSet<>();
                plan.getTestIdentifier(UniqueId.parse(unit.id())).getTags().stream().map(TestTag::getName)
                        .forEach(tags::add);
                graded.add(new GradedTest(unit.exercise(), unit.testClass(), unit.name(),
                        compiled.hiddenClasses().contains(unit.testClass()), Collections.unmodifiableSet(tags)));
            }
            return List.copyOf(graded);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled test class of " + lesson.name() + " is missing: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * A JUnit launcher with Jupiter as its only engine, and nothing registered from the class path: no other
     * engine, listener or filter that a submission's files could bring along.
     */
    static Launcher jupiterAlone() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    }
}
