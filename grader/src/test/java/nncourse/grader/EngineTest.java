package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import nncourse.grading.ExerciseScore;
import nncourse.grading.TestResult;
import nncourse.grading.TestResult.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a toy lesson of two exercises: what a submission earns, and what it cannot break. */
@DisplayName("The grading engine")
class EngineTest {

    private static final String MANIFEST = """
            lesson.title=Toy
            9.1.title=Toy.add
            9.1.points=40
            9.1.file=src/main/java/nncourse/lesson09/Toy.java
            9.1.hint=a + b
            9.1.hidden=negative numbers
            9.2.title=Toy.square
            9.2.points=60
            9.2.file=src/main/java/nncourse/lesson09/Toy.java
            9.2.hint=x * x
            9.2.hidden=more numbers
            """;

    private static final String PUBLIC_TEST = """
            package nncourse.lesson09;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import nncourse.grading.Exercise;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.CsvSource;
            class ToyTest {
                @Test @Exercise("9.1") void addsTwoAndThree() { assertEquals(5, Toy.add(2, 3)); }
                @ParameterizedTest @CsvSource({"2, 4", "3, 9"}) @Exercise("9.2")
                void squares(int x, int expected) { assertEquals(expected, Toy.square(x)); }
            }
            """;

    private static final String HIDDEN_TEST = """
            package nncourse.lesson09;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import nncourse.grading.Exercise;
            import org.junit.jupiter.api.Test;
            class ToyHiddenTest {
                @Test @Exercise("9.1") void addsNegatives() { assertEquals(-5, Toy.add(-2, -3)); }
                @Test @Exercise("9.2") void squaresNegatives() { assertEquals(4, Toy.square(-2)); }
            }
            """;

    private static final String SOLUTION = """
            package nncourse.lesson09;
            public final class Toy {
                public static int add(int a, int b) { return a + b; }
                public static int square(int x) { return x * x; }
            }
            """;

    @TempDir
    static Path kit;
    private static Engine engine;
    private static KitLesson lesson;

    @BeforeAll
    static void layOutToyKit() throws IOException {
        write(kit.resolve("lesson-09-toy/src/test/resources/exercises.properties"), MANIFEST);
        write(kit.resolve("lesson-09-toy/src/test/java/nncourse/lesson09/ToyTest.java"), PUBLIC_TEST);
        write(kit.resolve("solutions/lesson-09-toy/src/test/java/nncourse/lesson09/ToyHiddenTest.java"), HIDDEN_TEST);
        lesson = KitLesson.all(kit).get(0);
        engine = new Engine(new Limits(Duration.ofSeconds(2), Duration.ofMinutes(1), 128));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    @DisplayName("gives a correct submission every point, and marks the hidden tests")
    void correct() throws IOException {
        Grade grade = grade("correct", SOLUTION);
        assertEquals(100, grade.score().score(), 1e-9);
        assertEquals(2, grade.score().exercises().get(0).total());
        assertEquals(2, grade.score().exercises().get(0).results().stream().filter(TestResult::hidden).count() * 2);
    }

    @Test
    @DisplayName("counts a parameterized test once, passing only when all its rows pass")
    void parameterized() throws IOException {
        Grade grade = grade("square-of-two-only", SOLUTION.replace("return x * x;", "return x == 2 ? 4 : 0;"));
        ExerciseScore square = grade.score().exercises().get(1);
        assertEquals(0, square.passed(), describe(square));
        assertEquals(40, grade.score().score(), 1e-9);
    }

    @Test
    @DisplayName("stops an endless loop at the time limit and grades the other exercise in full")
    void endlessLoop() throws IOException {
        Grade grade = grade("loop", SOLUTION.replace("return a + b;", "while (true) { }"));
        ExerciseScore add = grade.score().exercises().get(0);
        assertEquals(0, add.score(), describe(add));
        assertTrue(add.results().stream().allMatch(r -> r.outcome() == Outcome.TIMED_OUT), describe(add));
        assertEquals(60, grade.score().exercises().get(1).score(), 1e-9);
    }

    @Test
    @DisplayName("survives System.exit in a method and still runs the tests after it")
    void systemExit() throws IOException {
        Grade grade = grade("exit", SOLUTION.replace("return a + b;", "System.exit(3); return 0;"));
        ExerciseScore add = grade.score().exercises().get(0);
        assertTrue(add.results().stream().allMatch(r -> r.outcome() == Outcome.CRASHED), describe(add));
        assertEquals(60, grade.score().exercises().get(1).score(), 1e-9);
    }

    @Test
    @DisplayName("reports a compile error with its file and line, and gives nothing")
    void compileError() throws IOException {
        Grade grade = grade("broken", SOLUTION.replace("return a + b;", "return a + b"));
        assertEquals(0, grade.score().score());
        assertTrue(grade.compileErrors().get(0).startsWith("src/main/java/nncourse/lesson09/Toy.java:3:"),
                grade.compileErrors().toString());
    }

    @Test
    @DisplayName("gives nothing for an exercise whose tests no longer compile, and grades the rest")
    void changedSignature() throws IOException {
        Grade grade = grade("renamed", SOLUTION.replace("int square(int x) { return x * x; }",
                "int square(long x) { return (int) (x * x); }").replace("square(", "sq("));
        ExerciseScore square = grade.score().exercises().get(1);
        assertEquals(0, square.score());
        assertTrue(square.results().stream().anyMatch(r -> r.outcome() == Outcome.NOT_COMPILED), describe(square));
        assertFalse(grade.score().exercises().get(0).failures().isEmpty(), "both test classes mention 9.2, so 9.1 loses too");
    }

    private Grade grade(String name, String toy) throws IOException {
        Path sources = kit.resolve("submissions").resolve(name);
        write(sources.resolve("nncourse/lesson09/Toy.java"), toy);
        return engine.grade(lesson, sources);
    }

    private static String describe(ExerciseScore e) {
        return e.results().stream().map(r -> r.outcome() + " " + r.name() + ": " + r.message())
                .collect(Collectors.joining("\n"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
