package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nncourse.engine.JavaCompilation;
import nncourse.engine.KitLesson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solution file is its stub with the exercises done: the same signatures, Javadoc, given code and
 * comments outside the exercises' bodies (see {@link OutsideExercises}). A stub and its solution
 * cannot drift apart, so a rename or a new hint reaches both, and what the learner reads is what
 * the solutions were graded with.
 */
@DisplayName("Solutions and stubs")
class SolutionsMatchStubsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    private static final String STUB = """
            package toy;

            import java.util.List;

            /** A toy lesson. */
            public final class Toy {

                /** The given part. */
                static double given(double x) {
                    return 2 * x;
                }

                /** Exercise 9.1: twice x, plus one. */
                public static double twicePlusOne(double x) {
                    // Hint: call given.
                    throw new UnsupportedOperationException("TODO 9.1: return 2x + 1");
                }
            }
            """;

    @TestFactory
    @DisplayName("every solution file equals its stub outside the exercises' bodies")
    Stream<DynamicTest> everySolutionFileEqualsItsStub() {
        return KitLesson.all(KIT).stream().flatMap(lesson -> JavaCompilation.sourcesIn(lesson.solutionSources())
                .stream().map(solution -> {
                    Path stub = lesson.stubSources().resolve(lesson.solutionSources().relativize(solution));
                    return dynamicTest(lesson.name() + "/" + stub.getFileName(), () -> {
                        assertTrue(Files.isRegularFile(stub), () -> solution + " has no stub at " + stub);
                        assertSame(stub, solution);
                    });
                }));
    }

    @Test
    @DisplayName("the kit has solution files to compare")
    void theKitHasSolutionFiles() {
        assertFalse(KitLesson.all(KIT).stream().allMatch(l -> JavaCompilation.sourcesIn(l.solutionSources())
                .isEmpty()));
    }

    @Test
    @DisplayName("a solution may import more and add private helpers")
    void aSolutionMayImportMoreAndAddPrivateHelpers(@TempDir Path dir) throws IOException {
        Path stub = write(dir, "stub", STUB);
        Path solution = write(dir, "solution", STUB
                .replace("import java.util.List;", "import java.util.List;\nimport java.util.Map;")
                .replace("""
                                // Hint: call given.
                                throw new UnsupportedOperationException("TODO 9.1: return 2x + 1");
                            }
                        """, """
                                return plusOne(given(x));
                            }

                            /** The helper. */
                            private static double plusOne(double y) {
                                return y + 1;
                            }
                        """));
        assertSame(stub, solution);
    }

    @Test
    @DisplayName("a solution differs when an exercise's signature, its Javadoc, the given code or a public member does")
    void aSolutionDiffersOutsideTheExercises(@TempDir Path dir) throws IOException {
        Path stub = write(dir, "stub", STUB);
        List<String> expected = OutsideExercises.ofStub(stub);
        for (String[] edit : List.of(
                new String[] {"twicePlusOne(double x)", "twicePlusOne(double z)"},
                new String[] {"Exercise 9.1: twice x, plus one.", "Exercise 9.1: 2x + 1."},
                new String[] {"return 2 * x;", "return x + x;"},
                new String[] {"/** The given part. */", "public static int more;\n\n    /** The given part. */"})) {
            Path solution = write(dir, "solution", STUB.replace(edit[0], edit[1]));
            assertNotEquals(expected, OutsideExercises.ofSolution(solution, stub), () -> "not seen: " + edit[1]);
        }
    }

    private static void assertSame(Path stub, Path solution) {
        List<String> expected = OutsideExercises.ofStub(stub);
        List<String> actual = OutsideExercises.ofSolution(solution, stub);
        int line = 0;
        while (line < Math.min(expected.size(), actual.size()) && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        int first = line;
        assertTrue(expected.equals(actual), () -> solution + " differs from its stub outside the exercises' bodies:"
                + "\n  stub:     " + (first < expected.size() ? expected.get(first) : "(end)")
                + "\n  solution: " + (first < actual.size() ? actual.get(first) : "(end)"));
    }

    private static Path write(Path dir, String folder, String source) throws IOException {
        Path file = dir.resolve(folder).resolve("toy/Toy.java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }
}
