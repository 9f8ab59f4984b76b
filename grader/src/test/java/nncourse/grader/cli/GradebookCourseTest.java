package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Gradebook;
import nncourse.grader.batch.NotGraded;
import nncourse.grader.batch.Regrades;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course's gradebook through {@code java -jar grader.jar grade}, as a teacher runs it: a class graded
 * with GitHub Classroom's roster (Hangul names, one student who handed in nothing, one broken zip) and
 * exported for Canvas and Moodle, then one late student regraded with {@code --only}.
 */
@DisplayName("grader grade, run for a course")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradebookCourseTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = KIT.resolve("grader/target/grader.jar");
    private static final String L1 = "lesson-01-logistic-regression";

    @TempDir
    static Path dir;
    private static Path submissions;
    private static Path roster;
    private static Path out;
    private static Run first;

    private record Run(String printed, int status) {}

    @BeforeAll
    static void gradeTheClass() throws Exception {
        submissions = Files.createDirectories(dir.resolve("submissions"));
        List<KitLesson> lessons = KitLesson.all(KIT);
        for (KitLesson lesson : lessons) {
            Path alice = submissions.resolve("minji-kim").resolve(lesson.name()).resolve("src/main/java");
            Folders.copy(lesson.stubSources(), alice);
            Folders.copy(lesson.solutionSources(), alice);
            Folders.copy(lesson.stubSources(), submissions.resolve("seojun").resolve(lesson.name())
                    .resolve("src/main/java"));
        }
        Files.write(submissions.resolve("eve.zip"), "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.UTF_8));
        roster = Files.writeString(dir.resolve("classroom_roster.csv"), """
                "identifier","github_username","github_id","name"
                "2024001","minji-kim","1001","김민지"
                "2024002","seojun","1002","박서준"
                "2024003","eve","1003","Eve Park"
                "2024004","","","이도윤"
                """, StandardCharsets.UTF_8);
        out = dir.resolve("graded");
        first = grade("--roster", roster.toString(), "--lms", "canvas,moodle");
    }

    @Test
    @Order(1)
    @DisplayName("ends with a line naming the broken zip and a non-zero exit status")
    void brokenZipIsNotAZero() {
        assertEquals(NotGraded.EXIT_STATUS, first.status(), first.printed());
        assertTrue(first.printed().contains(
                "\n1 of 3 submissions could not be graded: eve (could not unpack eve.zip: "), first.printed());
    }

    @Test
    @Order(2)
    @DisplayName("maps the folders to the roster's students, with a status each, and lists who handed in nothing")
    void rosterAndStatus() throws IOException {
        Map<String, CSVRecord> rows = gradebook();
        assertEquals(List.of("2024003", "2024001", "2024002", "2024004"), List.copyOf(rows.keySet()),
                "the submissions in their folders' order, then who handed in nothing");
        assertEquals(List.of("minji-kim", "김민지", "graded", "300"), cells(rows.get("2024001")));
        assertEquals(List.of("seojun", "박서준", "graded", "0"), cells(rows.get("2024002")));
        assertEquals(List.of("eve", "Eve Park", "could not unpack", "0"), cells(rows.get("2024003")));
        assertEquals(List.of("", "이도윤", "no submission", ""), cells(rows.get("2024004")));
    }

    @Test
    @Order(3)
    @DisplayName("writes canvas.csv and moodle.csv beside the gradebook, with the Hangul names intact")
    void lmsFiles() throws IOException {
        String canvas = Files.readString(out.resolve("canvas.csv"), StandardCharsets.UTF_8);
        assertTrue(canvas.startsWith("Student,ID,SIS User ID,SIS Login ID,Section,lesson-01"), canvas);
        assertTrue(canvas.contains("\r\nPoints Possible,,,,,100,100,100\r\n"), canvas);
        assertTrue(canvas.contains("\r\n김민지,,2024001,,,100,100,100\r\n"), canvas);
        String moodle = Files.readString(out.resolve("moodle.csv"), StandardCharsets.UTF_8);
        assertTrue(moodle.startsWith("ID number,Full name,lesson-01"), moodle);
        assertTrue(moodle.contains("\r\n2024004,이도윤,,,\r\n"), moodle);
        assertTrue(first.printed().contains("canvas.csv for Canvas's gradebook import."), first.printed());
    }

    @Test
    @Order(4)
    @DisplayName("regrades only the late student with --only, keeps every other row, and says what changed")
    void onlyTheLateStudent() throws Exception {
        Map<String, CSVRecord> before = gradebook();
        Folders.copy(KitLesson.all(KIT).get(0).solutionSources(), submissions.resolve("seojun").resolve(L1)
                .resolve("src/main/java"));
        Run late = grade("--roster", roster.toString(), "--only", "seojun");
        assertEquals(0, late.status(), late.printed());
        assertTrue(late.printed().contains("Grading 1 submission × 3 lessons"), late.printed());
        assertTrue(late.printed().contains("Regraded 1 submission already in the gradebook: seojun 0 → 100"),
                late.printed());
        Map<String, CSVRecord> after = gradebook();
        assertEquals(List.of("seojun", "박서준", "graded", "100"), cells(after.get("2024002")));
        for (String kept : List.of("2024001", "2024003", "2024004")) {
            assertEquals(before.get(kept).toList(), after.get(kept).toList(), kept + "'s row is kept as it was");
        }
        String log = Files.readString(out.resolve(Regrades.FILE), StandardCharsets.UTF_8);
        assertTrue(log.matches("\\S+  seojun 0 → 100\\n"), log);
    }

    @Test
    @Order(5)
    @DisplayName("refuses --only with a name that is no submission, and says which there are")
    void onlyAnUnknownName() throws Exception {
        Run run = grade("--only", "nobody");
        assertEquals(1, run.status(), run.printed());
        assertTrue(run.printed().contains("--only nobody: no such submission in --submissions (there are eve,"
                + " minji-kim, seojun)"), run.printed());
    }

    /** submission, name, status and total. */
    private static List<String> cells(CSVRecord row) {
        return List.of(row.get("submission"), row.get("name"), row.get("status"), row.get("total"));
    }

    /** The gradebook's rows by identifier, after its byte-order mark and row of points possible. */
    private static Map<String, CSVRecord> gradebook() throws IOException {
        String text = Files.readString(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, for Excel on Windows");
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> records = csv.getRecords();
            assertEquals("Points Possible", records.get(0).get("submission"));
            Map<String, CSVRecord> rows = new LinkedHashMap<>();
            records.subList(1, records.size()).forEach(r -> rows.put(r.get("identifier"), r));
            return rows;
        }
    }

    private static Run grade(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "grade", "--kit", KIT.toString(), "--submissions",
                submissions.toString(), "--out", out.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(printed, p.waitFor());
    }
}
