package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nncourse.engine.Engine;
import nncourse.engine.Folders;
import nncourse.engine.Grade;
import nncourse.engine.KitLesson;
import nncourse.engine.Limits;
import nncourse.grader.batch.SolutionEdit;
import nncourse.learner.ExerciseScore;
import nncourse.learner.LessonScore;
import nncourse.learner.TestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading is fair both ways: each correct alternative to a solution ({@code full}) still earns every
 * point, and each typical mistake ({@code loses 1.6}) loses points on the exercise where it is made and
 * nowhere else — one mistake, one charge, though other exercises call the code it is in ({@code loses 1.1 1.2}
 * when a mistake is in code two exercises share, such as a file that does not compile).
 * A mistake is also told for what it is: the first failing message the learner sees — that of the first
 * failing public test of the first exercise it loses points on, or its first failing hidden test when no
 * public test fails, or javac's first error for a file that does not compile — contains the mutant's
 * {@code message} words (ignoring case; none for {@code full} mutants).
 * The mutants are edits of the reference solutions, one list a lesson, in
 * {@code src/test/resources/mutants/<lesson>.yaml}: {@link SolutionEdit}s (file relative to the solution's
 * {@code src/main/java}) with the further fields {@code expect} and {@code message}.
 */
@DisplayName("Mutated solutions")
class MutantsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Engine ENGINE = new Engine(Limits.DEFAULT);

    @TempDir
    static Path work;

    @AfterAll
    static void stopEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> gradeAsExpected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (KitLesson lesson : KitLesson.all(KIT)) {
            Path table = KIT.resolve("grader/src/test/resources/mutants").resolve(lesson.name() + ".yaml");
            if (!Files.exists(table)) {
                tests.add(dynamicTest(lesson.name() + " has a mutant table", () -> fail("no " + table
                        + ": every lesson's typical mistakes and correct alternatives are graded here")));
                continue;
            }
            for (SolutionEdit mutant : SolutionEdit.read(table, Set.of("expect", "message"))) {
                tests.add(dynamicTest(lesson.name() + ": " + mutant.name() + " → " + mutant.more().get("expect"),
                        () -> check(lesson, mutant)));
            }
        }
        assertTrue(tests.size() > 0, "no mutant tables under grader/src/test/resources/mutants");
        return tests.stream();
    }

    @Test
    @DisplayName("two files that do not compile: javac's first error for each, and only their exercises lose")
    void twoBrokenFiles() throws IOException {
        KitLesson lesson = KitLesson.all(KIT).stream().filter(l -> l.name().equals("lesson-03-network")).findFirst()
                .orElseThrow();
        Path sources = Files.createTempDirectory(work, "two-broken-");
        Folders.copy(lesson.solutionSources(), sources);
        edit(sources, "nncourse/lesson03/Layer.java", "double z = b[j];", "double z = b[j]");
        edit(sources, "nncourse/lesson03/Network.java", "a = layer.forward(a);\n}\nreturn a;",
                "a = layer.forward(a);\n}\nreturn a.length;");

        Grade grade = ENGINE.grade(lesson, sources);
        assertTrue(grade.compileErrors().stream().anyMatch(e -> e.contains("nncourse/lesson03/Layer.java:")),
                grade.compileErrors().toString());
        assertTrue(grade.compileErrors().stream().anyMatch(e -> e.contains("nncourse/lesson03/Network.java:")),
                grade.compileErrors().toString());
        for (ExerciseScore e : grade.score().exercises()) {
            boolean broken = e.info().file().endsWith("Layer.java") || e.info().file().endsWith("Network.java");
            assertEquals(broken ? 0 : e.info().points(), e.score(), 1e-9, e.info().id() + ": " + grade.notes()
                    + "\n" + failures(grade));
        }
    }

    /** One of several edits of {@code sources}, made as a mutant's one edit is. */
    private static void edit(Path sources, String file, String find, String replace) {
        new SolutionEdit("two-broken-files", file, find, replace, Map.of(), "MutantsTest").applyIn(sources);
    }

    private static void check(KitLesson lesson, SolutionEdit mutant) throws IOException {
        String expect = mutant.more().getOrDefault("expect", "").strip();
        String words = mutant.more().getOrDefault("message", "").strip();
        assertTrue(expect.equals("full") || expect.matches("loses\\s+\\S.*"), mutant.where() + " (" + mutant.name()
                + "): expect must be full or loses <exercises>, not '" + expect + "'");
        Path sources = Files.createTempDirectory(work, "mutant-");
        Folders.copy(lesson.solutionSources(), sources);
        mutant.applyIn(sources);

        Grade grade = ENGINE.grade(lesson, sources);
        LessonScore score = grade.score();
        boolean meantNotToCompile = mutant.name().contains("does-not-compile");
        assertEquals(meantNotToCompile, !grade.compileErrors().isEmpty(), () -> meantNotToCompile
                ? "a mutant named 'does-not-compile' must not compile"
                : "the mutant must compile, so that it loses points for its mistake and not for javac's: "
                        + grade.compileErrors());
        if (expect.equals("full")) {
            assertEquals(100, score.score(), 1e-9, "a correct alternative must earn every point:\n" + failures(grade));
            assertEquals("", words, "a correct alternative has no message to name");
        } else {
            List<String> guilty = List.of(expect.replaceFirst("^loses\\s+", "").split("[\\s,]+"));
            for (String id : guilty) {
                ExerciseScore exercise = score.exercises().stream().filter(e -> e.info().id().equals(id)).findFirst()
                        .orElseThrow(() -> new AssertionError("no exercise " + id + " in " + lesson.name()));
                assertTrue(exercise.score() < exercise.info().points(),
                        "the mistake must lose points on " + id + ", but it scored " + exercise.score());
            }
            List<String> alsoCharged = score.exercises().stream().filter(e -> !guilty.contains(e.info().id()))
                    .filter(e -> e.score() < e.info().points() - 1e-9).map(e -> e.info().id()).toList();
            assertEquals(List.of(), alsoCharged, "the mistake is charged on " + guilty + " only, yet these lost points"
                    + " too:\n" + failures(grade) + "\n" + grade.notes());
            First first = firstMessage(grade, guilty.get(0));
            assertTrue(!words.isEmpty(), "name the words the first message must contain; it is\n" + first);
            assertTrue(first.message().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)),
                    "the first message the learner sees must name the mistake (\"" + words + "\"), but it is\n"
                            + first + "\n\nall failures:\n" + failures(grade));
        }
    }

    /**
     * The message the learner reads first for an exercise: its first failing public test's, in the order the
     * scoreboard lists them, or its first failing hidden test's when every public test passes; or, when its
     * file did not compile and the stub was graded in its place, javac's first error for that file, which the
     * feedback shows instead of the stub's failures.
     */
    private static First firstMessage(Grade grade, String id) {
        ExerciseScore exercise = grade.score().exercises().stream().filter(e -> e.info().id().equals(id)).findFirst()
                .orElseThrow();
        String file = exercise.info().file().replaceFirst("^src/main/java/", "");
        if (grade.stubbed().contains(file)) {
            return new First("javac", grade.compileErrors().stream().filter(error -> error.contains(file)).findFirst()
                    .orElse("(no compile error for " + file + ")"));
        }
        List<TestResult> failures = exercise.failures();
        TestResult first = failures.stream().filter(f -> !f.hidden()).findFirst()
                .orElseGet(() -> failures.stream().findFirst().orElseThrow());
        return new First(first.name(), first.message());
    }

    /** A message the learner reads, and where: a test's display name, or javac. */
    private record First(String where, String message) {

        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private static String failures(Grade grade) {
        return Stream.concat(grade.compileErrors().stream(), grade.score().exercises().stream()
                        .flatMap(e -> e.failures().stream())
                        .map(f -> f.exercise() + " " + f.name() + ": " + f.message()))
                .collect(Collectors.joining("\n"));
    }
}
