package nncourse.grader.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nncourse.grader.GraderException;
import nncourse.engine.KitLesson;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Scoreboard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The gradebook: one row per submission, with columns {@code submission,total}, one per lesson (its
 * folder name) and one per exercise ({@code 1.1} … {@code 3.8}); points as plain numbers.
 */
public final class Gradebook {

    public static final String FILE = "gradebook.csv";

    private Gradebook() {
    }

    public static List<String> header(List<KitLesson> lessons) {
        List<String> header = new ArrayList<>(List.of("submission", "total"));
        lessons.forEach(l -> header.add(l.name()));
        lessons.forEach(l -> l.manifest().exercises().stream().map(ExerciseInfo::id).forEach(header::add));
        return header;
    }

    public static void write(Path file, List<KitLesson> lessons, List<SubmissionSummary> grades) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader(header(lessons).toArray(String[]::new)).get())) {
            for (SubmissionSummary g : grades) {
                List<String> row = new ArrayList<>(List.of(g.name(), Scoreboard.number(g.score())));
                g.lessons().forEach(lesson -> row.add(Scoreboard.number(lesson.score())));
                for (SubmissionSummary.LessonSummary lesson : g.lessons()) {
                    lesson.exercises().forEach(points -> row.add(Scoreboard.number(points)));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
