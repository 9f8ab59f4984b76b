package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nncourse.engine.GradedTests;
import nncourse.engine.GradedTests.GradedTest;
import nncourse.engine.KitLesson;
import nncourse.engine.LessonTests;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Public tests show every kind of check: each graded test names the kinds of checks it makes with
 * tags from {@link Kind}, and an exercise's hidden tests make no kind of check that none of its public
 * tests shows — so that "all public tests pass" never hides a whole kind of lost points. The tests are
 * discovered, not run, by {@link GradedTests}.
 */
@DisplayName("Kinds of checks")
class KindsOfChecksTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final LessonTests TESTS = new LessonTests();

    @AfterAll
    static void close() {
        TESTS.close();
    }

    @TestFactory
    Stream<DynamicTest> everyLesson() {
        List<DynamicTest> tests = new ArrayList<>();
        List<KitLesson> lessons = KitLesson.all(KIT);
        assertTrue(lessons.size() > 0, "no lessons in " + KIT);
        for (KitLesson lesson : lessons) {
            tests.add(dynamicTest(lesson.name() + ": discovery finds public and hidden tests of every exercise",
                    () -> everyExerciseHasPublicAndHiddenTests(lesson)));
            tests.add(dynamicTest(lesson.name() + ": every graded test names its kinds of checks, from "
                    + tags(List.of(Kind.values())), () -> everyTestNamesKnownKinds(lesson)));
            tests.add(dynamicTest(lesson.name() + ": the public tests show every kind of check of the hidden ones",
                    () -> publicTestsShowEveryHiddenKind(lesson)));
        }
        return tests.stream();
    }

    private static void everyExerciseHasPublicAndHiddenTests(KitLesson lesson) {
        List<GradedTest> graded = GradedTests.of(TESTS, lesson);
        List<String> problems = new ArrayList<>();
        graded.stream().filter(t -> t.exercise().equals("?"))
                .forEach(t -> problems.add(t.testClass() + " › " + t.name() + " names no exercise"));
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            for (boolean hidden : new boolean[] {false, true}) {
                if (graded.stream().noneMatch(t -> t.exercise().equals(e.id()) && t.hidden() == hidden)) {
                    problems.add(e.id() + " has no " + (hidden ? "hidden" : "public") + " test");
                }
            }
        }
        assertTrue(graded.stream().anyMatch(t -> t.hidden() && t.testClass().endsWith("HiddenTest")),
                "the hidden tests of " + lesson.name() + " were not told apart from the public ones");
        assertTrue(graded.stream().noneMatch(t -> t.hidden() != t.testClass().endsWith("HiddenTest")),
                "a test class's place (solutions/ or the lesson) decides whether it is hidden, and the kit names"
                        + " hidden test classes …HiddenTest");
        assertTrue(problems.isEmpty(), () -> lesson.name() + ":\n  " + String.join("\n  ", problems));
    }

    private static void everyTestNamesKnownKinds(KitLesson lesson) {
        List<String> problems = new ArrayList<>();
        for (GradedTest t : GradedTests.of(TESTS, lesson)) {
            Set<String> unknown = t.tags().stream().filter(tag -> Kind.ofTag(tag).isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                problems.add(where(t) + ": unknown kind " + unknown);
            } else if (t.tags().isEmpty()) {
                problems.add(where(t) + ": no kind — add @Tag(\"…\") with one of " + tags(List.of(Kind.values())));
            }
        }
        assertTrue(problems.isEmpty(), () -> "every graded test carries a @Tag for each kind of check it makes, from "
                + tags(List.of(Kind.values())) + " (see nncourse.learner.Kind):\n  " + String.join("\n  ", problems));
    }

    private static void publicTestsShowEveryHiddenKind(KitLesson lesson) {
        List<GradedTest> graded = GradedTests.of(TESTS, lesson);
        List<String> problems = new ArrayList<>();
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            Set<String> shown = kinds(graded, e.id(), false);
            for (String kind : kinds(graded, e.id(), true)) {
                if (!shown.contains(kind)) {
                    List<String> hidden = graded.stream()
                            .filter(t -> t.hidden() && t.exercise().equals(e.id()) && t.tags().contains(kind))
                            .map(t -> "\"" + t.name() + "\"").toList();
                    problems.add(e.id() + ": hidden tests check " + kind + " (" + String.join(", ", hidden)
                            + "), no public test does (public kinds: " + shown + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "an exercise's public tests must show every kind of check its hidden"
                + " tests make: add a public test of that kind\n  " + String.join("\n  ", problems));
    }

    private static Set<String> kinds(List<GradedTest> graded, String exercise, boolean hidden) {
        return graded.stream().filter(t -> t.exercise().equals(exercise) && t.hidden() == hidden)
                .flatMap(t -> t.tags().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String where(GradedTest t) {
        return t.exercise() + " " + t.testClass().replaceAll(".*\\.", "") + " › " + t.name();
    }

    private static String tags(List<Kind> kinds) {
        return Arrays.toString(kinds.stream().map(Kind::tag).toArray());
    }
}
