package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nncourse.engine.KitLesson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LMS exports against the import formats as Canvas and Moodle document them: Canvas's gradebook
 * columns "Student", "ID", "SIS User ID", "SIS Login ID", "Section", then one per assignment, under them a
 * row "Points Possible"; Moodle's CSV import, a header and one row per user that a column identifies.
 */
@DisplayName("The LMS gradebook exports")
class LmsExportTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final List<String> CANVAS_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID",
            "Section");
    private static List<KitLesson> lessons;
    private static List<String> lessonNames;

    @TempDir
    Path dir;

    @BeforeAll
    static void readKit() {
        lessons = KitLesson.all(KIT);
        lessonNames = lessons.stream().map(KitLesson::name).toList();
    }

    /** alice (김민지) graded, eve's zip broken, dave handed in nothing; the roster has e-mails. */
    private Gradebook gradebook(String roster) {
        Gradebook book = Gradebook.open(dir.resolve(Gradebook.FILE), lessons, Summaries.roster(dir, roster), true);
        book.put(Summaries.graded(lessons, "alice", 12.5));
        book.put(Summaries.summary(lessons, "eve", "could not unpack eve.zip: invalid CEN header", null));
        return book;
    }

    private static final String ROSTER = """
            identifier,github_username,name,email
            s01,alice,김민지,minji@example.ac.kr
            s02,dave,Dave Jones,dave@example.org
            s03,eve,Eve Park,eve@example.org
            """;

    @Test
    @DisplayName("writes canvas.csv with Canvas's identity columns, a lesson per assignment and the points possible")
    void canvas() throws IOException {
        Lms.CANVAS.write(dir, gradebook(ROSTER));
        List<String> header = new ArrayList<>(CANVAS_COLUMNS);
        header.addAll(lessonNames);
        List<CSVRecord> rows = read(dir.resolve("canvas.csv"), header);
        List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
        lessons.forEach(l -> possible.add("100"));
        assertEquals(possible, rows.get(0).toList(), "the row of points possible, first under the header");
        assertEquals(List.of("김민지", "", "s01", "minji@example.ac.kr", "", "12.5", "0", "0"),
                rows.get(1).toList());
        assertEquals(List.of("Eve Park", "", "s03", "eve@example.org", "", "", "", ""), rows.get(2).toList(),
                "no 0 for a zip that could not be unpacked: Canvas leaves an empty cell as it is");
        assertEquals(List.of("Dave Jones", "", "s02", "dave@example.org", "", "", "", ""), rows.get(3).toList(),
                "nor for who handed in nothing");
        assertEquals(4, rows.size());
        assertFalse(Files.readString(dir.resolve("canvas.csv"), StandardCharsets.UTF_8).startsWith("\uFEFF"),
                "a file for a program, not for Excel: no byte-order mark");
    }

    @Test
    @DisplayName("writes moodle.csv with an ID number and e-mail on every row, and no row that is not a student")
    void moodle() throws IOException {
        Lms.MOODLE.write(dir, gradebook(ROSTER));
        List<String> header = new ArrayList<>(List.of("ID number", "Email address", "Full name"));
        header.addAll(lessonNames);
        List<CSVRecord> rows = read(dir.resolve("moodle.csv"), header);
        assertEquals(List.of("s01", "minji@example.ac.kr", "김민지", "12.5", "0", "0"), rows.get(0).toList());
        assertEquals(List.of("s03", "eve@example.org", "Eve Park", "", "", ""), rows.get(1).toList(),
                "an empty cell is no grade in Moodle");
        assertEquals(List.of("s02", "dave@example.org", "Dave Jones", "", "", ""), rows.get(2).toList());
        assertEquals(3, rows.size(), "no row of points possible: Moodle would look for a user of that name");
    }

    @Test
    @DisplayName("leaves the e-mail column out of moodle.csv when a student has none, as GitHub Classroom's roster")
    void moodleWithoutEmails() throws IOException {
        Lms.MOODLE.write(dir, gradebook("""
                "identifier","github_username","github_id","name"
                "s01","alice","1","김민지"
                "s03","eve","3","Eve Park"
                """));
        List<String> header = new ArrayList<>(List.of("ID number", "Full name"));
        header.addAll(lessonNames);
        List<CSVRecord> rows = read(dir.resolve("moodle.csv"), header);
        assertTrue(rows.stream().noneMatch(r -> r.get("ID number").isEmpty()), "every row identifies its user");
    }

    @Test
    @DisplayName("takes the submission's name as the student's identifier without a roster")
    void withoutRoster() throws IOException {
        Gradebook book = Gradebook.open(dir.resolve(Gradebook.FILE), lessons, Roster.none(), true);
        book.put(Summaries.graded(lessons, "alice", 10));
        Lms.CANVAS.write(dir, book);
        Lms.MOODLE.write(dir, book);
        List<String> canvas = new ArrayList<>(CANVAS_COLUMNS);
        canvas.addAll(lessonNames);
        assertEquals(List.of("alice", "", "alice", "", "", "10", "0", "0"),
                read(dir.resolve("canvas.csv"), canvas).get(1).toList());
        List<String> moodle = new ArrayList<>(List.of("ID number", "Full name"));
        moodle.addAll(lessonNames);
        assertEquals(List.of("alice", "", "10", "0", "0"), read(dir.resolve("moodle.csv"), moodle).get(0).toList());
    }

    /** The records of {@code file}, whose header must be {@code header}. */
    private static List<CSVRecord> read(Path file, List<String> header) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(header, csv.getHeaderNames(), file.getFileName() + "'s header");
            return csv.getRecords();
        }
    }
}
