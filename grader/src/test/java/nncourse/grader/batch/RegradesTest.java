package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nncourse.engine.KitLesson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The note of what a regrading changed")
class RegradesTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final List<KitLesson> LESSONS = KitLesson.all(KIT);

    @TempDir
    Path dir;

    @Test
    @DisplayName("gives each regraded submission's old and new total, and a status that was not 'graded'")
    void oldAndNewTotals() {
        Regrades regrades = new Regrades();
        regrades.regraded(Map.of("total", "120", "status", "graded"), Summaries.graded(LESSONS, "bob", 150));
        regrades.regraded(Map.of("total", "0", "status", "could not unpack"), Summaries.graded(LESSONS, "alice", 90));
        regrades.regraded(Map.of("total", "90", "status", "graded"), Summaries.graded(LESSONS, "carol", 90));
        assertEquals("Regraded 3 submissions already in the gradebook: alice 0 (could not unpack) → 90,"
                + " bob 120 → 150, carol 90 → 90 (unchanged)", regrades.summary());
    }

    @Test
    @DisplayName("keeps the notes of every grading in one log, dated, for the rest of the course")
    void keepsThem() throws IOException {
        for (int run = 0; run < 2; run++) {
            Regrades regrades = new Regrades();
            regrades.regraded(Map.of("total", "120", "status", "graded"), Summaries.graded(LESSONS, "bob", 150));
            regrades.keep(dir);
        }
        new Regrades().keep(dir);
        List<String> lines = Files.readAllLines(dir.resolve(Regrades.FILE), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?  bob 120 → 150"), line);
        }
    }
}
