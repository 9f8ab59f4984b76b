package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Example;
import nncourse.grader.batch.Gradebook;
import nncourse.learner.ExerciseInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented command, {@code java -jar grader/target/grader.jar grade --kit . --out OUT}, on the
 * example submissions: each earns the points its descriptor states, and every file it writes is in
 * its format.
 */
@DisplayName("grader grade on the example submissions")
class GradeExamplesTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = KIT.resolve("grader/target/grader.jar");

    /** Gradescope's autograder specification: the fields of results.json and of each test. */
    private static final Set<String> RESULT_FIELDS = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    private static final Set<String> TEST_FIELDS = Set.of("score", "max_score", "status", "name", "name_format",
            "number", "output", "output_format", "tags", "visibility", "extra_data");
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    @TempDir
    static Path out;
    private static String printed;
    private static int status;
    private static List<Example> examples;
    private static List<KitLesson> lessons;

    @BeforeAll
    static void gradeExamples() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "grade", "--kit", KIT.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        status = p.waitFor();
        examples = Example.in(KIT);
        lessons = KitLesson.all(KIT);
    }

    @Test
    @DisplayName("earns each example the points it states, and says so")
    void expectedPoints() throws IOException {
        assertEquals(0, status, printed);
        assertTrue(printed.contains("Every example earned the points its example.yaml states."), printed);
        assertTrue(examples.size() >= 3, "complete, half done, does not compile");
        for (CSVRecord row : gradebook()) {
            Example e = examples.stream().filter(x -> x.name().equals(row.get("submission"))).findFirst().orElseThrow();
            assertEquals(e.expectedTotal(), Double.parseDouble(row.get("total")), e.name());
            for (KitLesson lesson : lessons) {
                assertEquals(e.expected().get(lesson.name()), Double.parseDouble(row.get(lesson.name())),
                        e.name() + " " + lesson.name());
            }
        }
    }

    @Test
    @DisplayName("writes a gradebook with submission, identity, status, total, one column per lesson and per exercise")
    void gradebookColumns() throws IOException {
        List<String> header = new ArrayList<>(List.of("submission", "identifier", "name", "email", "status", "total"));
        lessons.forEach(l -> header.add(l.name()));
        lessons.forEach(l -> l.manifest().exercises().stream().map(ExerciseInfo::id).forEach(header::add));
        String first = Files.readAllLines(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8).get(0);
        assertEquals("\uFEFF" + String.join(",", header), first, "a byte-order mark, then the header");
        List<CSVRecord> rows = gradebook();
        assertEquals(examples.stream().map(Example::name).toList(), rows.stream().map(r -> r.get(0)).toList());
        int firstExercise = header.indexOf("total") + 1 + lessons.size();
        for (CSVRecord row : rows) {
            assertEquals("graded", row.get("status"), row.get(0));
            double exercises = 0;
            for (int i = firstExercise; i < row.size(); i++) {
                exercises += Double.parseDouble(row.get(i));
            }
            assertEquals(Double.parseDouble(row.get("total")), exercises, 1e-6, "exercises add up to the total");
        }
    }

    @Test
    @DisplayName("puts each column's maximum in the first row, as Canvas and Moodle show points possible")
    void pointsPossible() throws IOException {
        CSVRecord possible = records().get(0);
        assertEquals("Points Possible", possible.get("submission"));
        assertEquals("", possible.get("status"));
        assertEquals(300, Double.parseDouble(possible.get("total")), 1e-9);
        for (KitLesson lesson : lessons) {
            assertEquals(lesson.manifest().points(), Double.parseDouble(possible.get(lesson.name())), 1e-9);
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                assertEquals(e.points(), Double.parseDouble(possible.get(e.id())), 1e-9, e.id());
            }
        }
    }

    @Test
    @DisplayName("writes results.json with only the fields of Gradescope's spec, hidden tests after publishing")
    void gradescopeResults() throws IOException {
        for (Example e : examples) {
            JsonNode results = new ObjectMapper().readTree(out.resolve(e.name()).resolve("results.json").toFile());
            assertOnly(RESULT_FIELDS, results, e.name());
            assertEquals(e.expectedTotal(), results.get("score").asDouble(), 1e-6);
            double sum = 0;
            boolean hidden = false;
            for (JsonNode test : results.get("tests")) {
                assertOnly(TEST_FIELDS, test, e.name() + " " + test.path("name").asText());
                assertTrue(VISIBILITIES.contains(test.get("visibility").asText()));
                assertTrue(Set.of("passed", "failed").contains(test.get("status").asText()));
                assertTrue(test.get("number").asText().matches("\\d+\\.\\d+"));
                hidden |= test.get("visibility").asText().equals("after_published");
                assertEquals(test.get("name").asText().contains("(hidden tests)"),
                        test.get("visibility").asText().equals("after_published"), test.toString());
                sum += test.get("score").asDouble();
            }
            assertEquals(e.expectedTotal(), sum, 0.1, e.name());
            if (e.name().equals("complete")) {
                assertTrue(hidden, "hidden tests are reported after publishing");
            }
        }
    }

    @Test
    @DisplayName("writes feedback with compile errors by file and line, and no stack traces")
    void feedback() throws IOException {
        for (Example e : examples) {
            String md = Files.readString(out.resolve(e.name()).resolve("feedback.md"), StandardCharsets.UTF_8);
            assertTrue(md.startsWith("# Feedback: " + e.name()), md);
            assertFalse(md.matches("(?s).*\\bat (java|nncourse|org)\\.[\\w.$]+\\(.*"), "a stack frame in " + e.name());
        }
        String broken = Files.readString(out.resolve("does-not-compile/feedback.md"), StandardCharsets.UTF_8);
        assertTrue(broken.matches("(?s).*\\nlesson-01-logistic-regression/src/main/java/nncourse/lesson01/"
                + "LogisticRegression\\.java:\\d+: ';' expected\\n.*"), broken);
        assertTrue(printed.contains("does-not-compile"), printed);
    }

    /** The gradebook's rows of submissions: after the row of points possible. */
    private static List<CSVRecord> gradebook() throws IOException {
        List<CSVRecord> records = records();
        assertEquals("Points Possible", records.get(0).get("submission"));
        return records.subList(1, records.size());
    }

    /** Every record of the gradebook under its header, read after its byte-order mark. */
    private static List<CSVRecord> records() throws IOException {
        String text = Files.readString(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "the gradebook starts with a byte-order mark for Excel");
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return csv.getRecords();
        }
    }

    private static void assertOnly(Set<String> allowed, JsonNode node, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(allowed.contains(name), where + ": '" + name + "' is not a field of Gradescope's results.json");
        }
    }
}
