package nncourse.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nncourse.engine.JavaCompilation.CompileError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The summary at the end of ./mvnw test")
class ScoreboardSummaryTest {

    private static final String GOOD = """
            package toy;

            public final class Toy {
                public static double twice(double x) {
                    return 2 * x;
                }
            }
            """;

    @Test
    @DisplayName("finds a lesson's first compile error, with its file, line, column and source line")
    void findsTheFirstCompileErrorOfTheSources(@TempDir Path lesson) throws IOException {
        write(lesson, "src/main/java/toy/Toy.java", GOOD.replace("return 2 * x;", "return 2 * y;"));

        CompileError error = ScoreboardSummary.firstCompileError(lesson, List.of()).orElseThrow();

        assertEquals(5, error.line());
        assertEquals(20, error.column());
        assertTrue(error.shown(lesson).contains("return 2 * y;"), error.shown(lesson));
        assertTrue(error.shown(lesson).contains("Toy.java"), error.shown(lesson));
    }

    @Test
    @DisplayName("looks at the public tests when the sources compile")
    void looksAtThePublicTestsWhenTheSourcesCompile(@TempDir Path lesson) throws IOException {
        write(lesson, "src/main/java/toy/Toy.java", GOOD);
        write(lesson, "src/test/java/toy/ToyTest.java", """
                package toy;

                class ToyTest {
                    double thrice = Toy.thrice(1);
                }
                """);

        CompileError error = ScoreboardSummary.firstCompileError(lesson, List.of()).orElseThrow();

        assertTrue(error.file().endsWith("ToyTest.java"), error.file());
        assertEquals(4, error.line());
    }

    @Test
    @DisplayName("finds nothing in a lesson that compiles")
    void findsNothingInALessonThatCompiles(@TempDir Path lesson) throws IOException {
        write(lesson, "src/main/java/toy/Toy.java", GOOD);

        assertTrue(ScoreboardSummary.firstCompileError(lesson, List.of()).isEmpty());
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
