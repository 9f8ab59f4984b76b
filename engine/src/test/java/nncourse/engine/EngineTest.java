package nncourse.engine;

import static nncourse.engine.ToyLesson.HIDDEN_TEST;
import static nncourse.engine.ToyLesson.SOLUTION;
import static nncourse.engine.ToyLesson.STUB;
import static nncourse.engine.ToyLesson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nncourse.learner.ExerciseScore;
import nncourse.learner.TestResult;
import nncourse.learner.TestResult.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a toy lesson of two exercises: what a submission earns, and what it cannot break. */
@DisplayName("The grading engine")
class EngineTest {

    private static final String PUBLIC_TEST = """
            package nncourse.lesson09;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import nncourse.learner.Exercise;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.CsvSource;
            class ToyTest {
                @Test @Exercise("9.1") void addsTwoAndThree() { assertEquals(5, Toy.add(Numbers.two(), 3)); }
                @ParameterizedTest @CsvSource({"2, 4", "3, 9"}) @Exercise("9.2")
                void squares(int x, int expected) { assertEquals(expected, Toy.square(x)); }
            }
            """;

    private static final String GIVEN = """
            package nncourse.lesson09;
            public final class Numbers {
                public static int two() { return 2; }
            }
            """;

    @TempDir
    static Path kit;
    private static Engine engine;
    /** The same engine without the admission check: what the worker's confinement does on its own. */
    private static Engine unadmitted;
    private static KitLesson lesson;

    @BeforeAll
    static void layOutToyKit() throws IOException {
        ToyLesson.layOut(kit, PUBLIC_TEST, HIDDEN_TEST);
        write(kit.resolve(ToyLesson.FOLDER).resolve("src/main/java/nncourse/lesson09/Numbers.java"), GIVEN);
        lesson = KitLesson.all(kit).get(0);
        Limits limits = new Limits(Duration.ofSeconds(2), Duration.ofMinutes(1), 128, Duration.ofSeconds(20));
        engine = new Engine(limits);
        unadmitted = Engine.unadmitted(limits);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
        unadmitted.close();
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
    @DisplayName("refuses System.exit before anything runs, naming the file, the line and the API")
    void systemExitRefused() throws IOException {
        Grade grade = grade("exit-refused", SOLUTION.replace("return a + b;", "System.exit(3); return 0;"));
        assertEquals(0, grade.score().score());
        assertTrue(grade.compileErrors().get(0).startsWith("src/main/java/nncourse/lesson09/Toy.java:3 "),
                grade.compileErrors().toString());
        assertTrue(grade.compileErrors().get(0).contains("java.lang.System.exit"), grade.compileErrors().toString());
    }

    @Test
    @DisplayName("refuses a class the lesson does not own, such as one named like a test")
    void foreignClassRefused() throws IOException {
        Path sources = kit.resolve("submissions/test-named");
        write(sources.resolve("nncourse/lesson09/Toy.java"), STUB);
        write(sources.resolve("nncourse/lesson09/ToyHiddenTest.java"), """
                package nncourse.lesson09;
                class ToyHiddenTest { }
                """);
        Grade grade = engine.grade(lesson, sources);
        assertEquals(0, grade.score().score());
        assertTrue(grade.compileErrors().toString().contains("ToyHiddenTest"), grade.compileErrors().toString());
    }

    @Test
    @DisplayName("confined, survives System.exit in a method and still runs the tests after it")
    void systemExit() throws IOException {
        Grade grade = grade(unadmitted, "exit", SOLUTION.replace("return a + b;", "System.exit(3); return 0;"));
        ExerciseScore add = grade.score().exercises().get(0);
        assertTrue(add.results().stream().allMatch(r -> r.outcome() == Outcome.CRASHED), describe(add));
        assertEquals(60, grade.score().exercises().get(1).score(), 1e-9);
    }

    @Test
    @DisplayName("confined, cannot load the tests' classes, the learner's tools or JUnit by name")
    void testsOutOfReach() throws IOException {
        for (String name : new String[] {"nncourse.lesson09.ToyHiddenTest", "nncourse.learner.Exercise",
                "org.junit.jupiter.api.Test", "nncourse.engine.Worker"}) {
            Grade grade = grade(unadmitted, "reach", SOLUTION.replace("return a + b;", """
                    try { Class.forName("%s"); return 0; } catch (ClassNotFoundException e) { return a + b; }"""
                    .formatted(name)));
            assertEquals(100, grade.score().score(), 1e-9, name + " is out of reach: " + grade.score());
        }
    }

    @Test
    @DisplayName("confined, nothing a grading sets carries over: system properties, files, a JUnit configuration")
    void nothingCarriesOver() throws IOException {
        Grade setting = grade(unadmitted, "settings", SOLUTION.replace("return a + b;", """
                System.setProperty("junit.platform.execution.dryRun.enabled", "true");
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("junit-platform.properties"),
                            "junit.platform.execution.dryRun.enabled=true");
                } catch (java.io.IOException e) { }
                return a + b;"""));
        assertEquals(100, setting.score().score(), 1e-9);
        Grade next = grade(unadmitted, "after-settings", SOLUTION.replace("return a + b;", "return a - b;"));
        assertEquals(60, next.score().score(), 1e-9, "tests still run and fail: " + next.score());
    }

    @Test
    @DisplayName("says so when a test runs out of memory, and still grades the other exercise in full")
    void outOfMemory() throws IOException {
        Grade grade = grade("hungry", SOLUTION.replace("return a + b;", """
                java.util.List<long[]> all = new java.util.ArrayList<>();
                while (true) { all.add(new long[1_000_000]); }"""));
        ExerciseScore add = grade.score().exercises().get(0);
        assertTrue(add.results().stream().allMatch(r -> r.message().contains("ran out of memory")), describe(add));
        assertEquals(60, grade.score().exercises().get(1).score(), 1e-9);
    }

    @Test
    @DisplayName("says so when a recursion never stops")
    void stackOverflow() throws IOException {
        Grade grade = grade("recursion", SOLUTION.replace("return a + b;", "return add(a, b) + 1;"));
        ExerciseScore add = grade.score().exercises().get(0);
        assertTrue(add.results().stream().allMatch(r -> r.message().contains("overflowed the stack")), describe(add));
        assertEquals(60, grade.score().exercises().get(1).score(), 1e-9);
    }

    @Test
    @DisplayName("confined, kills the worker a grading leaves threads in, and grades the next in a fresh one:"
            + " spinning and sleeping threads, System.out")
    void leftovers() throws IOException {
        Grade spinning = grade(unadmitted, "spinning", SOLUTION.replace("return a + b;", """
                System.err.println("worker " + ProcessHandle.current().pid());
                Thread t = new Thread(() -> { while (true) { } });
                t.setDaemon(true);
                t.start();
                Thread s = new Thread(() -> { try { Thread.sleep(3_000); } catch (InterruptedException e) { } });
                s.start();
                System.setOut(null);
                return a + b;"""));
        assertEquals(100, spinning.score().score(), 1e-9);
        long worker = workerOf(spinning);
        assertFalse(ProcessHandle.of(worker).map(ProcessHandle::isAlive).orElse(false),
                "the worker with the threads, " + worker + ", is gone");
        Grade next = grade(unadmitted, "after-spinning", SOLUTION.replace("return x * x;", "return 0;")
                .replace("return a + b;",
                        "System.err.println(\"worker \" + ProcessHandle.current().pid()); return a + b;"));
        assertEquals(40, next.score().score(), 1e-9);
        assertNotEquals(worker, workerOf(next), "the next grading runs in another worker");
    }

    @Test
    @DisplayName("reports a compile error with its file and line, and grades the stub in the broken file's place")
    void compileError() throws IOException {
        Grade grade = grade("broken", SOLUTION.replace("return a + b;", "return a + b"));
        assertEquals(0, grade.score().score());
        assertTrue(grade.compileErrors().get(0).startsWith("src/main/java/nncourse/lesson09/Toy.java:3:"),
                grade.compileErrors().toString());
        assertTrue(grade.notes().get(0).startsWith("nncourse/lesson09/Toy.java does not compile"),
                grade.notes().toString());
        assertEquals(List.of("nncourse/lesson09/Toy.java"), grade.stubbed());
    }

    @Test
    @DisplayName("grades the other files when one of several does not compile")
    void oneBrokenFile() throws IOException {
        Path sources = kit.resolve("submissions/one-broken");
        write(sources.resolve("nncourse/lesson09/Toy.java"), SOLUTION
                .replace("return x * x;", "return Helper.square(x);")
                .replace("}\n}", "}\n    private static final class Helper {"
                        + " static int square(int x) { return x * x; } }\n}"));
        assertEquals(100, engine.grade(lesson, sources).score().score(), 1e-9, "a nested helper class is welcome");
        write(sources.resolve("nncourse/lesson09/Extra.java"),
                "package nncourse.lesson09; class Extra { int broken( }");
        Grade grade = engine.grade(lesson, sources);
        assertEquals(100, grade.score().score(), 1e-9, "a broken extra file is left out: " + grade.notes());
        assertTrue(grade.notes().stream().anyMatch(n -> n.contains("Extra.java does not compile and was left out")),
                grade.notes().toString());
        write(sources.resolve("nncourse/lesson09/Extra.java"), "package nncourse.lesson09; class Extra { }");
        Grade refused = engine.grade(lesson, sources);
        assertEquals(100, refused.score().score(), 1e-9, "an extra file of its own is refused and left out");
        assertTrue(refused.notes().stream().anyMatch(n -> n.contains("Extra.java")), refused.notes().toString());
    }

    @Test
    @DisplayName("grades the stub in place of a missing file, or of one in another package")
    void missingOrMisplaced() throws IOException {
        Path empty = kit.resolve("submissions/empty/nncourse/lesson09");
        Files.createDirectories(empty);
        Grade missing = engine.grade(lesson, kit.resolve("submissions/empty"));
        assertEquals(0, missing.score().score());
        assertTrue(missing.notes().get(0).contains("is missing"), missing.notes().toString());
        assertEquals(List.of("nncourse/lesson09/Toy.java"), missing.stubbed());
        Grade elsewhere = grade("other-package", SOLUTION.replace("package nncourse.lesson09;", "package toy;"));
        assertEquals(0, elsewhere.score().score());
        assertTrue(elsewhere.notes().get(0).contains("declares package toy"), elsewhere.notes().toString());
        Path moved = kit.resolve("submissions/moved");
        write(moved.resolve("Toy.java"), SOLUTION);
        assertEquals(100, engine.grade(lesson, moved).score().score(), 1e-9, "a file in the wrong folder is found");
    }

    @Test
    @DisplayName("grades the kit's copy of given code, whatever the submission made of it")
    void givenCode() throws IOException {
        Path sources = kit.resolve("submissions/changed-given-code");
        write(sources.resolve("nncourse/lesson09/Toy.java"), SOLUTION);
        write(sources.resolve("nncourse/lesson09/Numbers.java"), GIVEN.replace("return 2;", "return 3;"));
        Grade grade = engine.grade(lesson, sources);
        assertEquals(100, grade.score().score(), 1e-9);
        assertTrue(grade.notes().get(0).contains("Numbers.java is given code"), grade.notes().toString());
    }

    @Test
    @DisplayName("reads a source that is not UTF-8 as Windows-1252")
    void notUtf8() throws IOException {
        Path sources = kit.resolve("submissions/latin1");
        Path file = sources.resolve("nncourse/lesson09/Toy.java");
        Files.createDirectories(file.getParent());
        Files.write(file, ("// R\u00e9sum\u00e9\n" + SOLUTION).getBytes(StandardCharsets.ISO_8859_1));
        Grade grade = engine.grade(lesson, sources);
        assertEquals(100, grade.score().score(), 1e-9, grade.compileErrors().toString());
        assertTrue(grade.notes().get(0).contains("not UTF-8"), grade.notes().toString());
    }

    @Test
    @DisplayName("fails only the exercise whose signature changed, and says so")
    void changedSignature() throws IOException {
        Grade grade = grade("renamed", SOLUTION.replace("int square(int x) { return x * x; }",
                "int square(long x) { return (int) (x * x); }"));
        ExerciseScore square = grade.score().exercises().get(1);
        assertEquals(0, square.score());
        assertTrue(square.results().get(0).message().contains("keep the class and method names"), describe(square));
        assertEquals(40, grade.score().exercises().get(0).score(), 1e-9);
    }

    @Test
    @DisplayName("stops javac at the compile limit, and reports a javac crash as a compile error")
    void javacUnderLimits() throws IOException {
        String deep = "1" + " + (1".repeat(20_000) + ")".repeat(20_000);
        Grade crash = grade("deep-expression", SOLUTION.replace("return a + b;", "return " + deep + ";"));
        assertEquals(0, crash.score().score());
        assertTrue(crash.compileErrors().toString().contains("StackOverflowError"),
                crash.compileErrors() + " " + crash.notes() + crash.score());
        assertEquals(100, grade("after-crash", SOLUTION).score().score(), 1e-9, "javac is started again");
        String bomb = "1";
        for (int i = 0; i < 150; i++) {
            bomb = "java.util.Optional.of(" + bomb + ").map(v" + i + " -> v" + i + ")";
        }
        try (Engine hurried = new Engine(new Limits(Duration.ofSeconds(2), Duration.ofMinutes(1), 128,
                Duration.ofSeconds(2)))) {
            Path sources = kit.resolve("submissions/javac-bomb/nncourse/lesson09/Toy.java");
            write(sources, SOLUTION.replace("return a + b;", "Object o = " + bomb + "; return a + b;"));
            Grade slow = hurried.grade(lesson, kit.resolve("submissions/javac-bomb"));
            assertEquals(0, slow.score().score());
            assertTrue(slow.compileErrors().get(0).contains("within 2 s"), slow.compileErrors().toString());
        }
    }

    @Test
    @DisplayName("handles a test name of megabytes, and grades correctly after it")
    void hugeTestName(@TempDir Path otherKit) throws IOException {
        ToyLesson.layOut(otherKit, PUBLIC_TEST.replace("class ToyTest {", """
                class ToyTest {
                    static java.util.stream.Stream<String> names() {
                        return java.util.stream.Stream.of("x".repeat(2_000_000));
                    }
                    @ParameterizedTest @org.junit.jupiter.params.provider.MethodSource("names") @Exercise("9.1")
                    void addsWithAName(String name) { assertEquals(2, Toy.add(1, 1)); }
                """), HIDDEN_TEST);
        write(otherKit.resolve(ToyLesson.FOLDER).resolve("src/main/java/nncourse/lesson09/Numbers.java"), GIVEN);
        KitLesson named = KitLesson.all(otherKit).get(0);
        Path sources = otherKit.resolve("submissions/correct/nncourse/lesson09/Toy.java");
        write(sources, SOLUTION);
        try (Engine other = new Engine(new Limits(Duration.ofSeconds(2), Duration.ofMinutes(1), 128,
                Duration.ofSeconds(20)))) {
            for (int i = 0; i < 2; i++) {
                Grade grade = other.grade(named, otherKit.resolve("submissions/correct"));
                assertEquals(100, grade.score().score(), 1e-9, grade.score().toString().substring(0, 300));
            }
        }
    }

    private Grade grade(String name, String toy) throws IOException {
        return grade(engine, name, toy);
    }

    private Grade grade(Engine by, String name, String toy) throws IOException {
        Path sources = kit.resolve("submissions").resolve(name);
        write(sources.resolve("nncourse/lesson09/Toy.java"), toy);
        return by.grade(lesson, sources);
    }

    /** The process id of the worker that graded, as the submission printed it ("worker 1234"). */
    private static long workerOf(Grade grade) {
        return grade.output().lines().filter(l -> l.startsWith("worker ")).map(l -> Long.parseLong(l.substring(7)))
                .findFirst().orElseThrow(() -> new AssertionError("no worker pid printed: " + grade.output()));
    }

    private static String describe(ExerciseScore e) {
        return e.results().stream().map(r -> r.outcome() + " " + r.name() + ": " + r.message())
                .collect(Collectors.joining("\n"));
    }
}
