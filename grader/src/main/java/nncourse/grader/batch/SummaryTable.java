package nncourse.grader.batch;

import static nncourse.learner.Scoreboard.fraction;

import java.util.List;
import nncourse.engine.KitLesson;

/** The table printed after grading: one row per submission, its total and its points per lesson. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String of(List<KitLesson> lessons, List<SubmissionSummary> grades) {
        int nameWidth = Math.max("submission".length(),
                grades.stream().mapToInt(g -> g.name().length()).max().orElse(0));
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-" + nameWidth + "s  %9s", "submission", "total"));
        lessons.forEach(l -> s.append(String.format("  %9s", shortName(l.name()))));
        s.append(String.format("  %7s%n", "time"));
        for (SubmissionSummary g : grades) {
            s.append(String.format("%-" + nameWidth + "s  %9s", g.name(), fraction(g.score(), g.points())));
            for (SubmissionSummary.LessonSummary lesson : g.lessons()) {
                String mark = lesson.flagged() ? "!" : "";
                s.append(String.format("  %9s", mark + fraction(lesson.score(), lesson.points())));
            }
            s.append(String.format("  %5.1f s%n", g.time().toMillis() / 1000.0));
        }
        if (grades.stream().anyMatch(g -> g.lessons().stream().anyMatch(SubmissionSummary.LessonSummary::flagged))) {
            s.append("! some of the lesson's code did not compile, or the lesson could not be graded:"
                    + " the submission's feedback.md says what\n");
        }
        return s.toString();
    }

    /** "lesson-01-logistic-regression" → "lesson-01". */
    public static String shortName(String lesson) {
        String[] parts = lesson.split("-");
        return parts.length >= 2 ? parts[0] + "-" + parts[1] : lesson;
    }
}
