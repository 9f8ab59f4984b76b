package nncourse.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nncourse.grader.GraderException;
import nncourse.learner.Scoreboard;

/**
 * What a grading changed in a gradebook that held the submission already ("alice 120 → 150"): a teacher
 * who regrades late or corrected submissions into the same folder sees whose grade moved, and
 * {@value #FILE} keeps every such note, dated, for the rest of the course.
 */
public final class Regrades {

    public static final String FILE = "gradebook-changes.log";

    private final List<String> changes = new ArrayList<>();

    /** Notes a regraded submission: its row before, and its grade now. */
    public synchronized void regraded(Map<String, String> before, SubmissionSummary now) {
        String old = before.get("total") + status(before.get("status"));
        String next = Scoreboard.number(now.score()) + status(now.status().label());
        changes.add(now.name() + " " + old + " → " + next + (old.equals(next) ? " (unchanged)" : ""));
    }

    private static String status(String label) {
        return label.equals(SubmissionStatus.GRADED.label()) ? "" : " (" + label + ")";
    }

    /** The notes, in the order the submissions were graded. */
    public synchronized List<String> changes() {
        return List.copyOf(changes);
    }

    /** "Regraded 2 submissions already in the gradebook: alice 120 → 150, bob 300 → 300 (unchanged)", or "". */
    public synchronized String summary() {
        if (changes.isEmpty()) {
            return "";
        }
        return "Regraded " + changes.size() + " submission" + (changes.size() == 1 ? "" : "s")
                + " already in the gradebook: " + String.join(", ", changes.stream().sorted().toList());
    }

    /** Adds the notes to {@code dir}/{@value #FILE}, one line each, after a time stamp. */
    public synchronized void keep(Path dir) {
        if (changes.isEmpty()) {
            return;
        }
        String when = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder lines = new StringBuilder();
        changes.stream().sorted().forEach(c -> lines.append(when).append("  ").append(c).append('\n'));
        try {
            Files.writeString(dir.resolve(FILE), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new GraderException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
