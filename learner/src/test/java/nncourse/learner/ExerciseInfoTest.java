package nncourse.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the scoreboard and the notebooks send a learner next: the line of an exercise's TODO. */
@DisplayName("An exercise's TODO line")
class ExerciseInfoTest {

    private static final ExerciseInfo DERIVATIVE = new ExerciseInfo("1.2", "Sigmoid.derivative", 10,
            "src/main/java/toy/Sigmoid.java", "", "");

    @Test
    @DisplayName("is the first line of the exercise's file that holds its marker")
    void isTheLineOfTheMarker(@TempDir Path lesson) throws IOException {
        Path file = lesson.resolve(DERIVATIVE.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                class Sigmoid {
                    // TODO 1.20 is another exercise's marker
                    static double sigmoid(double z) { throw new UnsupportedOperationException("TODO 1.1"); }
                    static double derivative(double z) {
                        throw new UnsupportedOperationException("TODO 1.2: σ(z)(1 − σ(z))");
                    }
                }
                """);

        assertEquals(Optional.of(5), DERIVATIVE.todoLine(lesson));
    }

    @Test
    @DisplayName("is none when the file is not there: the learner is told the file alone")
    void isNoneWithoutTheFile(@TempDir Path lesson) {
        assertEquals(Optional.empty(), DERIVATIVE.todoLine(lesson));
    }
}
