package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nncourse.grader.GraderException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A solution with one edit, read from YAML")
class SolutionEditTest {

    private static final String NEURON = """
            package nncourse.lesson02;

            final class Neuron {
                double weightedSum(double[] x) {
                    requireInput(x);
                    double z = 0;
                    for (int i = 0; i < w.length; i++) {
                        z += w[i] * x[i];
                    }
                    return z + b;
                }

                double output(double[] x) {
                    return new Neuron(new double[] {20, 20}, -30).z(x) + b;
                }
            }
            """;

    @TempDir
    Path dir;

    private SolutionEdit only(String yaml) throws IOException {
        List<SolutionEdit> edits = SolutionEdit.read(write("edits.yaml", yaml), Set.of());
        assertEquals(1, edits.size(), edits.toString());
        return edits.get(0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private GraderException problem(String yaml) {
        return assertThrows(GraderException.class, () -> only(yaml).applyTo(NEURON));
    }

    @Nested
    @DisplayName("whose find ends with a line break ('|')")
    class WholeLines {

        @Test
        @DisplayName("matches whole lines whatever their indentation, and indents replace like the first line found")
        void multiLine() throws IOException {
            SolutionEdit edit = only("""
                    - name: z-starts-at-the-bias
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        double z = 0;
                        for (int i = 0; i < w.length; i++) {
                        z += w[i] * x[i];
                                      }
                        return z + b;
                      replace: |
                        double z = b;
                        for (int i = 0; i < w.length; i++) {

                            z += w[i] * x[i];
                        }
                        return z;
                    """);
            assertEquals(NEURON.replace("""
                            double z = 0;
                            for (int i = 0; i < w.length; i++) {
                                z += w[i] * x[i];
                            }
                            return z + b;
                    """, """
                            double z = b;
                            for (int i = 0; i < w.length; i++) {

                                z += w[i] * x[i];
                            }
                            return z;
                    """), edit.applyTo(NEURON));
        }

        @Test
        @DisplayName("deletes the lines, line breaks and all, when replace is empty")
        void deletes() throws IOException {
            SolutionEdit edit = only("""
                    - name: input-not-checked
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        requireInput(x);
                      replace: ''
                    """);
            assertEquals(NEURON.replace("        requireInput(x);\n", ""), edit.applyTo(NEURON));
        }

        @Test
        @DisplayName("keeps the file's Windows line breaks")
        void windowsLineBreaks() throws IOException {
            SolutionEdit edit = only("""
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        }
                        return z + b;
                      replace: |
                        }
                        return z;
                    """);
            String windows = NEURON.replace("\n", "\r\n");
            assertEquals(windows.replace("return z + b;", "return z;"), edit.applyTo(windows));
        }

        @Test
        @DisplayName("does not match a piece of a line, and says how to find one")
        void notAPieceOfALine() {
            GraderException e = problem("""
                    - name: weights-too-small
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        new Neuron(new double[] {20, 20}, -30)
                      replace: |
                        new Neuron(new double[] {1, 1}, -1.5)
                    """);
            assertEquals(dir.resolve("edits.yaml") + ":1 (weights-too-small): find does not occur in"
                    + " nncourse/lesson02/Neuron.java as whole lines (it does within a line: for a piece of a line,"
                    + " write 'find: |-')", e.getMessage());
        }
    }

    @Nested
    @DisplayName("whose find ends without a line break ('|-')")
    class PieceOfText {

        @Test
        @DisplayName("matches a piece of a line")
        void pieceOfALine() throws IOException {
            SolutionEdit edit = only("""
                    - name: weights-too-small
                      file: nncourse/lesson02/Neuron.java
                      find: |-
                        new double[] {20, 20}, -30
                      replace: |-
                        new double[] {1, 1}, -1.5
                    """);
            assertEquals(NEURON.replace("{20, 20}, -30", "{1, 1}, -1.5"), edit.applyTo(NEURON));
        }

        @Test
        @DisplayName("matches across lines whatever their indentation, and indents replace's later lines")
        void acrossLines() throws IOException {
            SolutionEdit edit = only("""
                    - name: z-backwards-from-the-bias
                      file: nncourse/lesson02/Neuron.java
                      find: |-
                        0;
                                      for (int i = 0; i < w.length; i++)
                      replace: |-
                        b;
                        for (int i = w.length - 1; i >= 0; i--)
                    """);
            assertEquals(NEURON.replace("0;\n        for (int i = 0; i < w.length; i++)", "b;\n"
                    + "        for (int i = w.length - 1; i >= 0; i--)"), edit.applyTo(NEURON));
        }
    }

    @Nested
    @DisplayName("tells what is wrong, with the YAML file, the entry's line and its name")
    class Problems {

        @Test
        @DisplayName("when find does not occur")
        void findMissing() {
            GraderException e = problem("""
                    # Mutants of lesson 02
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + c;
                      replace: |
                        return z;
                    """);
            assertEquals(dir.resolve("edits.yaml") + ":2 (bias-left-out): find does not occur in"
                    + " nncourse/lesson02/Neuron.java", e.getMessage());
        }

        @Test
        @DisplayName("when find occurs twice, with the lines")
        void findTwice() {
            GraderException e = problem("""
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |-
                        + b;
                      replace: |-
                        ;
                    """);
            assertEquals(dir.resolve("edits.yaml") + ":1 (bias-left-out): find occurs 2 times in"
                    + " nncourse/lesson02/Neuron.java (lines 10, 14); it must name one place: make it longer",
                    e.getMessage());
        }

        @Test
        @DisplayName("when a field is missing")
        void missingField() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    - name: first
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                      replace: |
                        return z;

                    - name: second
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                    """));
            assertEquals(dir.resolve("edits.yaml") + ":8 (second): replace is missing; an edit has name, file, find,"
                    + " replace (an empty replace, '', deletes what find matches)", e.getMessage());
        }

        @Test
        @DisplayName("when a field is unknown, naming the fields an edit may have")
        void unknownField() throws IOException {
            Path yaml = write("mutants.yaml", """
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                      replace: |
                        return z;
                      expected: loses 2.1
                    """);
            GraderException e = assertThrows(GraderException.class,
                    () -> SolutionEdit.read(yaml, Set.of("message", "expect")));
            assertEquals(yaml + ":1 (bias-left-out): unknown field 'expected'; an edit has name, file, find, replace,"
                    + " and here expect, message", e.getMessage());
        }

        @Test
        @DisplayName("when a field is not text")
        void notText() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find:
                        - return z + b;
                      replace: |
                        return z;
                    """));
            assertEquals(dir.resolve("edits.yaml") + ":1 (bias-left-out): find must be text (for code, a block"
                    + " scalar: 'find: |' and the lines below it, indented), not array", e.getMessage());
        }

        @Test
        @DisplayName("when an entry is not a mapping")
        void notAMapping() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    - bias-left-out
                    """));
            assertEquals(dir.resolve("edits.yaml") + ":1: an edit is a mapping of name, file, find, replace, not"
                    + " string", e.getMessage());
        }

        @Test
        @DisplayName("when the file is not a list")
        void notAList() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    name: bias-left-out
                    file: nncourse/lesson02/Neuron.java
                    """));
            assertEquals(dir.resolve("edits.yaml") + ":1: expected a list of edits, each starting with '- name:'",
                    e.getMessage());
        }

        @Test
        @DisplayName("when two edits have one name")
        void sameName() {
            GraderException e = assertThrows(GraderException.class, () -> SolutionEdit.read(write("edits.yaml", """
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                      replace: |
                        return z;
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        double z = 0;
                      replace: |
                        double z = b;
                    """), Set.of()));
            assertEquals(dir.resolve("edits.yaml") + ":7 (bias-left-out): another edit of " + dir.resolve("edits.yaml")
                    + " has this name; give each its own", e.getMessage());
        }

        @Test
        @DisplayName("when an entry names a field twice")
        void fieldTwice() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                      find: |
                        return z;
                      replace: ''
                    """));
            assertTrue(e.getMessage().startsWith(dir.resolve("edits.yaml") + ":5: Duplicate field 'find'"),
                    e.getMessage());
        }

        @Test
        @DisplayName("when find is whole lines and replace a piece of text")
        void endsUnalike() {
            GraderException e = assertThrows(GraderException.class, () -> only("""
                    - name: bias-left-out
                      file: nncourse/lesson02/Neuron.java
                      find: |
                        return z + b;
                      replace: |-
                        return z;
                    """));
            assertEquals(dir.resolve("edits.yaml") + ":1 (bias-left-out): find is whole lines ('find: |') but replace"
                    + " is a piece of text ('replace: |-'); end both alike", e.getMessage());
        }

        @Test
        @DisplayName("when the file is outside the folder the edit is made in")
        void outside() throws IOException {
            Files.createDirectories(dir.resolve("submission"));
            write("Neuron.java", NEURON);
            SolutionEdit edit = only("""
                    - name: climbs-out
                      file: ../Neuron.java
                      find: |
                        return z + b;
                      replace: |
                        return z;
                    """);
            GraderException e = assertThrows(GraderException.class, () -> edit.applyIn(dir.resolve("submission")));
            assertEquals(dir.resolve("edits.yaml") + ":1 (climbs-out): ../Neuron.java is not a file of "
                    + dir.resolve("submission"), e.getMessage());
            assertEquals(NEURON, Files.readString(dir.resolve("Neuron.java")));
        }
    }

    @Test
    @DisplayName("reads the further fields its reader asks for, and makes the edit in a folder")
    void moreFieldsAndAFolder() throws IOException {
        Path yaml = write("mutants.yaml", """
                - name: bias-left-out
                  file: nncourse/lesson02/Neuron.java
                  find: |
                    return z + b;
                  replace: |
                    return z;
                  expect: loses 2.1
                  message: leaves the bias out
                - name: z-from-the-bias
                  file: nncourse/lesson02/Neuron.java
                  find: |-
                    double z = 0
                  replace: |-
                    double z = b
                  expect: full
                """);
        List<SolutionEdit> edits = SolutionEdit.read(yaml, Set.of("expect", "message"));
        assertEquals(List.of(Map.of("expect", "loses 2.1", "message", "leaves the bias out"), Map.of("expect", "full")),
                edits.stream().map(SolutionEdit::more).toList());
        Path file = dir.resolve("src/main/java/nncourse/lesson02/Neuron.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, NEURON);
        edits.forEach(e -> e.applyIn(dir.resolve("src/main/java")));
        assertEquals(NEURON.replace("return z + b;", "return z;").replace("double z = 0", "double z = b"),
                Files.readString(file));
    }
}
