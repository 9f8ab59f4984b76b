package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nncourse.grader.GraderException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An example submission's example.yaml")
class ExampleTest {

    @TempDir
    Path dir;

    private Example read(String yaml) throws IOException {
        Files.writeString(dir.resolve(Example.DESCRIPTOR), yaml, StandardCharsets.UTF_8);
        return Example.read(dir);
    }

    @Test
    @DisplayName("reads description, solved (exercises as written: 3.10 is not 3.1), edits and expected points")
    void reads() throws IOException {
        Example e = read("""
                description: "a slip: one semicolon"
                solved: [lesson-01-logistic-regression, 2.1, 3.10]
                edits:
                  - name: semicolon-left-out
                    file: lesson-01-logistic-regression/src/main/java/nncourse/lesson01/Sigmoid.java
                    find: |
                      return sigma * (1 - sigma);
                    replace: |
                      return sigma * (1 - sigma)
                expected:
                  lesson-01-logistic-regression: 20
                  lesson-02-artificial-neuron: 12.5
                """);
        assertEquals("a slip: one semicolon", e.description());
        assertEquals(List.of("lesson-01-logistic-regression", "2.1", "3.10"), List.copyOf(e.solved()));
        assertEquals(List.of("semicolon-left-out"), e.edits().stream().map(SolutionEdit::name).toList());
        assertEquals(Map.of("lesson-01-logistic-regression", 20.0, "lesson-02-artificial-neuron", 12.5), e.expected());
    }

    @Test
    @DisplayName("names the file, line and edit of a malformed edit")
    void malformedEdit() {
        GraderException e = assertThrows(GraderException.class, () -> read("""
                description: a slip
                solved: [lesson-01-logistic-regression]
                edits:
                  - name: semicolon-left-out
                    file: lesson-01-logistic-regression/src/main/java/nncourse/lesson01/Sigmoid.java
                    find: |
                      return sigma * (1 - sigma);
                expected:
                  lesson-01-logistic-regression: 20
                """));
        assertEquals(dir.resolve(Example.DESCRIPTOR) + ":4 (semicolon-left-out): replace is missing; an edit has name,"
                + " file, find, replace (an empty replace, '', deletes what find matches)", e.getMessage());
    }

    @Test
    @DisplayName("names the file and line of points that are not a number, and of an unknown field")
    void malformedExample() {
        GraderException points = assertThrows(GraderException.class, () -> read("""
                description: all done
                solved: [lesson-01-logistic-regression]
                expected:
                  lesson-01-logistic-regression: all
                """));
        assertEquals(dir.resolve(Example.DESCRIPTOR) + ":4: expected points for lesson-01-logistic-regression must be"
                + " a number", points.getMessage());
        GraderException field = assertThrows(GraderException.class, () -> read("""
                description: all done
                solve: [lesson-01-logistic-regression]
                """));
        assertEquals(dir.resolve(Example.DESCRIPTOR) + ":2: unknown field 'solve'; an example has description, solved,"
                + " edits and expected", field.getMessage());
    }
}
