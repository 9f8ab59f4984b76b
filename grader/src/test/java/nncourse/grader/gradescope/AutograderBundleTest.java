package nncourse.grader.gradescope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Example;
import nncourse.grader.cli.GraderCommand;
import nncourse.learner.KitPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope bundle, tried without Gradescope: it is unpacked where Gradescope puts it
 * ({@code source/}), a submission is laid in {@code submission/}, and {@code run_autograder} runs with
 * the root passed in {@code AUTOGRADER_ROOT}; its {@code results/results.json} must give the example
 * submissions the points {@code grader grade} gives them.
 */
@DisplayName("The Gradescope autograder bundle")
class AutograderBundleTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final String LESSON_01 = "lesson-01-logistic-regression";
    private static final Set<String> RESULT_FIELDS = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    private static final Set<String> TEST_FIELDS = Set.of("score", "max_score", "status", "name", "name_format",
            "number", "output", "output_format", "tags", "visibility", "extra_data");

    @TempDir
    static Path work;
    private static Path bundle;
    private static List<KitLesson> lessons;

    @BeforeAll
    static void build() {
        bundle = work.resolve("autograder.zip");
        assertEquals(0, GraderCommand.execute("gradescope", "--kit", KIT.toString(), "--out", bundle.toString()));
        lessons = KitLesson.all(KIT);
    }

    @Test
    @DisplayName("has setup.sh and run_autograder at its root, and no source of the solutions")
    void layout() throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName());
                byte[] content = zip.readAllBytes();
                for (KitLesson lesson : lessons) {
                    assertFalse(isSolutionSource(lesson, content), e.getName() + " is a solution's source");
                }
            }
        }
        assertTrue(entries.containsAll(List.of("setup.sh", "run_autograder", "grader.jar")), entries.toString());
        assertTrue(entries.stream().noneMatch(e -> e.matches("kit/solutions/[^/]+/src/main/.*")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.matches("kit/solutions/[^/]+/src/test/java/.*HiddenTest\\.java")),
                "the hidden tests are in the bundle");
    }

    @Test
    @DisplayName("grades the whole edition, a zip of it, or only the lesson files, as grader grade does")
    void gradesAsGradeDoes() throws Exception {
        Path source = work.resolve("root/source");
        unzip(bundle, source);
        for (Example example : Example.in(KIT)) {
            Path built = example.build(KIT, lessons, work.resolve("built").resolve(example.name())).root();
            Path submission = work.resolve("root/submission");
            Folders.delete(submission);
            Files.createDirectories(submission);
            switch (example.name()) {
                case "complete" -> Folders.copy(built, submission.resolve("nn-course-student"));
                case "half-done" -> zip(built, submission.resolve("my-work.zip"));
                default -> {
                    for (KitLesson lesson : lessons) {
                        flatten(built.resolve(lesson.name()).resolve("src/main/java"),
                                submission.resolve("files of " + lesson.name()));
                    }
                }
            }
            JsonNode results = runAutograder(work.resolve("root"));
            assertEquals(example.expectedTotal(), results.get("score").asDouble(), 1e-6,
                    example.name() + ": " + results.get("output").asText());
            assertOnlySpecFields(results);
        }
    }

    @Test
    @DisplayName("keeps results.json as the grader wrote it: a double-forked rewriter is refused, costing its"
            + " file alone")
    void lateRewriterRefused() throws Exception {
        Path root = freshRoot("rewriter");
        Example slip = Example.in(KIT).stream().filter(e -> e.name().equals("does-not-compile")).findFirst()
                .orElseThrow();
        Path edition = root.resolve("submission/nn-course-student");
        slip.build(KIT, lessons, edition);
        Path results = root.resolve("results/results.json");
        String rewrite = "(for i in $(seq 120); do sleep 0.5; echo '{\\\"score\\\": 300}' > " + results
                + "; done) &";
        Files.writeString(edition.resolve(LESSON_01 + "/src/main/java/nncourse/lesson01/LogisticRegression.java"),
                solution("LogisticRegression.java").replace("public final class LogisticRegression {", """
                        public final class LogisticRegression {
                            static {
                                try {
                                    new ProcessBuilder("sh", "-c", "REWRITE").start();
                                } catch (Exception e) { }
                            }
                        """.replace("REWRITE", rewrite)));
        JsonNode graded = runAutograder(root);
        byte[] written = Files.readAllBytes(results);
        TimeUnit.SECONDS.sleep(5);
        assertArrayEquals(written, Files.readAllBytes(results), "results.json was rewritten after the grader");
        assertEquals(slip.expectedTotal(), graded.get("score").asDouble(), 1e-6, graded.get("output").asText());
        assertTrue(graded.get("output").asText().contains("java.lang.ProcessBuilder"), graded.get("output").asText());
        assertOnlySpecFields(graded);
    }

    @Test
    @DisplayName("puts nothing of the kit into results.json when the submission reads the hidden tests into a failure")
    void kitNotEchoed() throws Exception {
        Path root = freshRoot("kit-reader");
        Path hiddenTests = root.resolve("source/kit/solutions/" + LESSON_01 + "/src/test/java/nncourse/lesson01");
        String reader = """
                    public static double hypothesis(double[] theta, double[] x) {
                        StringBuilder kit = new StringBuilder();
                        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                                java.nio.file.Path.of("HIDDEN"))) {
                            for (java.nio.file.Path f : files.toList()) {
                                kit.append(java.nio.file.Files.readString(f));
                            }
                        } catch (java.io.IOException e) {
                            kit.append(e);
                        }
                        if (theta != null) {
                            throw new IllegalStateException(kit.toString());
                        }
                """.replace("HIDDEN", hiddenTests.toString());
        Files.writeString(root.resolve("submission/Sigmoid.java"), solution("Sigmoid.java"));
        Files.writeString(root.resolve("submission/LogisticRegression.java"), solution("LogisticRegression.java")
                .replace("    public static double hypothesis(double[] theta, double[] x) {\n", reader));
        JsonNode graded = runAutograder(root);
        StringBuilder shown = new StringBuilder(graded.get("output").asText());
        graded.get("tests").forEach(t -> shown.append('\n').append(t.get("name").asText()).append('\n')
                .append(t.get("output").asText()));
        List<String> kitLines = new ArrayList<>();
        try (Stream<Path> files = Files.list(hiddenTests)) {
            for (Path f : files.toList()) {
                Files.readAllLines(f).stream().map(String::strip).filter(l -> l.length() >= 25).forEach(kitLines::add);
            }
        }
        assertTrue(kitLines.size() > 100, "the hidden tests are there to be read: " + kitLines.size() + " lines");
        for (String line : kitLines) {
            assertFalse(shown.toString().contains(line), "results.json shows the kit's line " + line);
        }
        assertEquals(20, graded.get("score").asDouble(), 1e-6, graded.get("output").asText());
    }

    @Test
    @DisplayName("shows in the top-level output no total with the hidden tests in it, and writes every output as text")
    void noHiddenTotalsAndPlainText() throws Exception {
        Path root = freshRoot("partial");
        Example halfDone = Example.in(KIT).stream().filter(e -> e.name().equals("half-done")).findFirst()
                .orElseThrow();
        halfDone.build(KIT, lessons, root.resolve("submission/nn-course-student"));
        JsonNode graded = runAutograder(root);
        String output = graded.get("output").asText();
        assertEquals(halfDone.expectedTotal(), graded.get("score").asDouble(), 1e-6, output);
        for (double total : List.of(halfDone.expectedTotal(), 300.0)) {
            assertFalse(output.matches("(?s).*\\b" + (int) total + "(\\.0+)?\\b.*"),
                    "the output shows the total " + total + ":\n" + output);
        }
        assertPlainText(graded);
    }

    @Test
    @DisplayName("carries a failure message with Markdown and HTML as plain text")
    void markupAsText() throws Exception {
        Path root = freshRoot("markup");
        String markup = "[x](http://evil.example) <img src=x> **bold**";
        Files.writeString(root.resolve("submission/Sigmoid.java"), solution("Sigmoid.java")
                .replace("return 1 / (1 + Math.exp(-z));", "throw new IllegalStateException(\"" + markup + "\");"));
        JsonNode graded = runAutograder(root);
        List<String> outputs = new ArrayList<>();
        graded.get("tests").forEach(t -> outputs.add(t.get("output").asText()));
        assertTrue(outputs.stream().anyMatch(o -> o.contains(markup)), "the message is carried as it is: " + outputs);
        assertPlainText(graded);
    }

    @Test
    @DisplayName("keeps Gradescope's whole root, submission_metadata.json with it, for the grader's user alone")
    void rootForGraderAlone() throws Exception {
        Path root = freshRoot("metadata");
        Path metadata = Files.writeString(root.resolve("submission_metadata.json"), "{\"users\": []}");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(metadata, PosixFilePermissions.fromString("rw-r--r--"));
        runAutograder(root);
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(root));
    }

    private static JsonNode runAutograder(Path root) throws IOException, InterruptedException {
        Files.deleteIfExists(root.resolve("results/results.json"));
        ProcessBuilder run = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("stdout").toFile());
        run.environment().put("AUTOGRADER_ROOT", root.toString());
        run.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = run.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "run_autograder did not finish");
        assertEquals(0, p.exitValue(), Files.readString(root.resolve("stdout")));
        return new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
    }

    private static void assertOnlySpecFields(JsonNode results) {
        results.fieldNames().forEachRemaining(f -> assertTrue(RESULT_FIELDS.contains(f), "not in the spec: " + f));
        Set<String> visibilities = new HashSet<>();
        for (JsonNode test : results.get("tests")) {
            test.fieldNames().forEachRemaining(f -> assertTrue(TEST_FIELDS.contains(f),
                    "not in the spec: tests[]." + f));
            visibilities.add(test.get("visibility").asText());
            if (test.get("name").asText().contains("hidden")) {
                assertEquals("after_published", test.get("visibility").asText(), test.get("name").asText());
            }
        }
        assertTrue(visibilities.contains("after_published"), "hidden tests are shown after the grades are published");
    }

    /** A root as Gradescope lays it out: the bundle unpacked in {@code source/}, an empty {@code submission/}. */
    private static Path freshRoot(String name) throws IOException {
        Path root = work.resolve(name);
        unzip(bundle, root.resolve("source"));
        Files.createDirectories(root.resolve("submission"));
        return root;
    }

    /** A solution source of lesson 01, as a learner who solved it hands it in. */
    private static String solution(String file) throws IOException {
        return Files.readString(KIT.resolve("solutions/" + LESSON_01 + "/src/main/java/nncourse/lesson01/" + file));
    }

    /** Every output of the results is plain text: nothing a submission makes a test say is rendered. */
    private static void assertPlainText(JsonNode results) {
        assertEquals("text", results.get("output_format").asText());
        assertEquals("text", results.get("test_output_format").asText());
        for (JsonNode test : results.get("tests")) {
            assertEquals("text", test.path("output_format").asText("text"), test.get("name").asText());
        }
    }

    /** Whether {@code content} is one of the lesson's solution sources that differs from its stub. */
    private static boolean isSolutionSource(KitLesson lesson, byte[] content) throws IOException {
        try (Stream<Path> files = Files.walk(lesson.solutionSources())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path stub = lesson.stubSources().resolve(lesson.solutionSources().relativize(f).toString());
                byte[] solution = Files.readAllBytes(f);
                if (Arrays.equals(solution, content)
                        && !(Files.exists(stub) && Arrays.equals(Files.readAllBytes(stub), solution))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path file = into.resolve(e.getName()).normalize();
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("nn-course-student/" + KitPath.of(folder, f)));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** The lesson's source files side by side, as a learner uploads them one by one. */
    private static void flatten(Path from, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, into.resolve(f.getFileName()));
            }
        }
    }
}
