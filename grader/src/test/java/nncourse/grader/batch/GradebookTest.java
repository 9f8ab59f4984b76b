package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nncourse.engine.KitLesson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The gradebook")
class GradebookTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static List<KitLesson> lessons;

    @TempDir
    Path dir;

    @BeforeAll
    static void readKit() {
        lessons = KitLesson.all(KIT);
    }

    @Test
    @DisplayName("starts with a byte-order mark, so that Excel on Windows shows a Hangul name as it is written")
    void byteOrderMarkForExcel() throws IOException {
        Path file = dir.resolve(Gradebook.FILE);
        Roster roster = roster("s01,김민지,minji@example.ac.kr\n");
        Gradebook.open(file, lessons, roster, true).put(Summaries.graded(lessons, "s01", 10));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\ns01,s01,김민지,minji@example.ac.kr,graded,10,"), text);
        assertTrue(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).startsWith("submission,identifier,"
                + "name,email,status,total,lesson-01"), "then the header");
    }

    @Test
    @DisplayName("has no byte-order mark with --no-bom, and reads either back")
    void noByteOrderMark() throws IOException {
        Path file = dir.resolve(Gradebook.FILE);
        Gradebook.open(file, lessons, Roster.none(), false).put(Summaries.graded(lessons, "alice", 10));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("submission,"));
        Gradebook.open(file, lessons, Roster.none(), true).put(Summaries.graded(lessons, "bob", 20));
        assertEquals(List.of("alice", "bob"), submissions(file));
    }

    @Test
    @DisplayName("puts each column's maximum in the first row, under the header")
    void pointsPossible() throws IOException {
        Path file = dir.resolve(Gradebook.FILE);
        Gradebook.open(file, lessons, Roster.none(), true).write();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), "the header and the points possible");
        StringBuilder expected = new StringBuilder("Points Possible,,,,,300");
        lessons.forEach(l -> expected.append(',').append(100));
        lessons.forEach(l -> l.manifest().exercises().forEach(e -> expected.append(',')
                .append((long) e.points())));
        assertEquals(expected.toString(), lines.get(1));
    }

    @Test
    @DisplayName("keeps the rows already in the file, replaces a regraded one and hands back what it held")
    void mergesIntoTheFile() {
        Path file = dir.resolve(Gradebook.FILE);
        Gradebook first = Gradebook.open(file, lessons, Roster.none(), true);
        first.put(Summaries.graded(lessons, "alice", 10));
        first.put(Summaries.graded(lessons, "bob", 20));
        Gradebook late = Gradebook.open(file, lessons, Roster.none(), true);
        assertEquals(Set.of("alice", "bob"), late.graded());
        assertTrue(late.put(Summaries.graded(lessons, "carol", 30)).isEmpty(), "carol is new");
        Map<String, String> before = late.put(Summaries.graded(lessons, "bob", 25)).orElseThrow();
        assertEquals("20", before.get("total"));
        Map<String, Map<String, String>> rows = byName(Gradebook.open(file, lessons, Roster.none(), true).rows());
        assertEquals(List.of("alice", "bob", "carol"), List.copyOf(rows.keySet()));
        assertEquals("25", rows.get("bob").get("total"));
        assertEquals("10", rows.get("alice").get("total"));
    }

    @Test
    @DisplayName("says graded, could not unpack or not graded in the status column")
    void status() {
        Gradebook book = Gradebook.open(dir.resolve(Gradebook.FILE), lessons, Roster.none(), true);
        book.put(Summaries.graded(lessons, "alice", 10));
        book.put(Summaries.summary(lessons, "eve", "could not unpack eve.zip: invalid CEN header", null));
        book.put(Summaries.summary(lessons, "mallory", null,
                "the submission has no folder lesson-02-artificial-neuron/src/main/java"));
        Map<String, Map<String, String>> rows = byName(book.rows());
        assertEquals("graded", rows.get("alice").get("status"));
        assertEquals("could not unpack", rows.get("eve").get("status"));
        assertEquals("not graded", rows.get("mallory").get("status"));
    }

    @Test
    @DisplayName("gives each student of the roster who handed in nothing a row 'no submission', until they do")
    void noSubmission() {
        Path file = dir.resolve(Gradebook.FILE);
        Roster roster = roster("""
                identifier,github_username,name
                2024001,minji-kim,김민지
                2024002,seojun,박서준
                """);
        Gradebook book = Gradebook.open(file, lessons, roster, true);
        book.put(Summaries.graded(lessons, "minji-kim", 10));
        List<Map<String, String>> rows = Gradebook.open(file, lessons, roster, true).rows();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Map.of("submission", "minji-kim", "identifier", "2024001", "name", "김민지",
                "status", "graded"), pick(rows.get(0)));
        assertEquals(Map.of("submission", "", "identifier", "2024002", "name", "박서준", "status", "no submission"),
                pick(rows.get(1)));
        assertEquals("", rows.get(1).get("total"), "no points for what was not handed in");
        Gradebook late = Gradebook.open(file, lessons, roster, true);
        late.put(Summaries.graded(lessons, "seojun", 20));
        assertFalse(late.rows().stream().anyMatch(r -> r.get("status").equals("no submission")),
                late.rows().toString());
    }

    @Test
    @DisplayName("keeps the student of a row regraded without the roster")
    void regradedWithoutRoster() {
        Path file = dir.resolve(Gradebook.FILE);
        Gradebook.open(file, lessons, roster("s01,김민지,minji@example.ac.kr\n"), true)
                .put(Summaries.graded(lessons, "s01", 10));
        Gradebook again = Gradebook.open(file, lessons, Roster.none(), true);
        again.put(Summaries.graded(lessons, "s01", 20));
        assertEquals(Map.of("submission", "s01", "identifier", "s01", "name", "김민지", "status", "graded"),
                pick(again.rows().get(0)));
        assertEquals("minji@example.ac.kr", again.rows().get(0).get("email"));
    }

    private static Map<String, String> pick(Map<String, String> row) {
        return Map.of("submission", row.get("submission"), "identifier", row.get("identifier"),
                "name", row.get("name"), "status", row.get("status"));
    }

    private Roster roster(String text) {
        return Summaries.roster(dir, text);
    }

    private List<String> submissions(Path file) {
        return Gradebook.open(file, lessons, Roster.none(), true).rows().stream().map(r -> r.get("submission"))
                .toList();
    }

    private static Map<String, Map<String, String>> byName(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.get("submission"), r));
        return byName;
    }
}
