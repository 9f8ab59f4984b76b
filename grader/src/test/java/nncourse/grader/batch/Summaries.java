package nncourse.grader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nncourse.engine.KitLesson;

/** Graded submissions and rosters made up for the gradebook's tests, without grading anything. */
final class Summaries {

    private Summaries() {
    }

    /** A submission graded without trouble, that earned {@code points} in the first exercise. */
    static SubmissionSummary graded(List<KitLesson> lessons, String name, double points) {
        return summary(lessons, name, null, null, points);
    }

    /**
     * A submission that earned nothing: its zip could not be unpacked ({@code unpackProblem}), or its second
     * lesson could not be graded ({@code lessonProblem}), or neither.
     */
    static SubmissionSummary summary(List<KitLesson> lessons, String name, String unpackProblem,
                                     String lessonProblem) {
        return summary(lessons, name, unpackProblem, lessonProblem, 0);
    }

    private static SubmissionSummary summary(List<KitLesson> lessons, String name, String unpackProblem,
                                             String lessonProblem, double points) {
        List<SubmissionSummary.LessonSummary> summaries = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            KitLesson l = lessons.get(i);
            List<Double> exercises = new ArrayList<>(Collections.nCopies(l.manifest().exercises().size(), 0.0));
            if (i == 0) {
                exercises.set(0, points);
            }
            String notGraded = unpackProblem != null ? unpackProblem : i == 1 ? lessonProblem : null;
            summaries.add(new SubmissionSummary.LessonSummary(l.name(), i == 0 ? points : 0, l.manifest().points(),
                    notGraded != null, exercises, notGraded));
        }
        return new SubmissionSummary(name, summaries, Duration.ofMillis(100), unpackProblem);
    }

    /** The roster of {@code text}, written to {@code dir}/roster.csv and read. */
    static Roster roster(Path dir, String text) {
        try {
            return Roster.read(Files.writeString(dir.resolve("roster.csv"), text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
