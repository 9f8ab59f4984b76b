package nncourse.grader.batch;

import static nncourse.learner.Scoreboard.fraction;

import java.util.ArrayList;
import java.util.List;
import nncourse.engine.Grade;
import nncourse.learner.ExerciseScore;
import nncourse.learner.LessonScore;
import nncourse.learner.Messages;
import nncourse.learner.TestResult;

/**
 * The learner's {@code feedback.md}: points per lesson and exercise, and for each exercise not yet
 * complete the tests that failed, in the tests' own words, with the exercise's hint. A lesson that
 * does not compile shows javac's errors with file and line. No stack traces.
 */
public final class Feedback {

    public static final String FILE = "feedback.md";

    static final int FAILURES_SHOWN = 5;
    static final int COMPILE_ERRORS_SHOWN = 10;

    private Feedback() {
    }

    public static String of(SubmissionGrade submission) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Messages.get("feedback.title", Markdown.text(submission.name()))).append("\n\n");
        md.append("**").append(Messages.get("feedback.total", fraction(submission.score(), submission.points())))
                .append("**\n\n");
        md.append("| ").append(Messages.get("feedback.lesson")).append(" | ").append(Messages.get("feedback.points"))
                .append(" |\n|---|---:|\n");
        for (Grade g : submission.grades()) {
            md.append("| ").append(title(g.score())).append(" | ")
                    .append(fraction(g.score().score(), g.score().points())).append(" |\n");
        }
        md.append('\n').append(Messages.get("feedback.intro")).append('\n');
        for (Grade g : submission.grades()) {
            md.append('\n').append(lesson(g));
        }
        return md.toString();
    }

    private static String lesson(Grade grade) {
        LessonScore score = grade.score();
        StringBuilder md = new StringBuilder("## ").append(title(score)).append(" — ")
                .append(fraction(score.score(), score.points())).append("\n\n");
        boolean graded = score.problems().isEmpty();
        score.problems().stream().filter(p -> grade.compileErrors().isEmpty())
                .forEach(p -> md.append("- **").append(Messages.get("feedback.notGraded")).append("** ")
                        .append(Markdown.code(p)).append('\n'));
        if (!grade.compileErrors().isEmpty()) {
            md.append(Messages.get(graded ? "feedback.someDoesNotCompile" : "feedback.doesNotCompile"))
                    .append("\n\n");
            List<String> shown = new ArrayList<>(grade.compileErrors().stream().limit(COMPILE_ERRORS_SHOWN)
                    .map(e -> inLesson(score.lesson(), e.strip())).toList());
            if (grade.compileErrors().size() > COMPILE_ERRORS_SHOWN) {
                shown.add(Messages.get("feedback.moreErrors", grade.compileErrors().size() - COMPILE_ERRORS_SHOWN));
            }
            md.append(Markdown.fence(shown));
        }
        if (!grade.notes().isEmpty()) {
            md.append(grade.compileErrors().isEmpty() ? "" : "\n").append(Messages.get("feedback.notes"))
                    .append("\n\n");
            grade.notes().forEach(n -> md.append("- ").append(Markdown.code(n)).append('\n'));
        }
        if (!score.problems().isEmpty() || !grade.compileErrors().isEmpty() || !grade.notes().isEmpty()) {
            md.append('\n');
        }
        md.append("| ").append(Messages.get("feedback.exercise")).append(" | | ")
                .append(Messages.get("feedback.points")).append(" | ").append(Messages.get("feedback.testsPassed"))
                .append(" |\n|---|---|---:|---|\n");
        for (ExerciseScore e : score.exercises()) {
            md.append("| ").append(e.info().id()).append(' ').append(Markdown.text(e.info().title())).append(" | ")
                    .append(mark(e)).append(" | ").append(fraction(e.score(), e.info().points())).append(" | ")
                    .append(e.total() == 0 ? Messages.get("feedback.notRun")
                            : replaced(grade, e) ? Messages.get("feedback.stubGraded")
                            : e.untouched() ? Messages.get("scoreboard.notStarted")
                            : Messages.get("feedback.passedOf", e.passed(), e.total()))
                    .append(" |\n");
        }
        for (ExerciseScore e : score.exercises()) {
            if (e.total() > 0 && !e.complete() && !replaced(grade, e) && !e.untouched()) {
                md.append('\n').append(failures(score.lesson(), e));
            }
        }
        return md.toString();
    }

    private static String failures(String lesson, ExerciseScore e) {
        StringBuilder md = new StringBuilder("### ").append(e.info().id()).append(' ')
                .append(Markdown.text(e.info().title())).append(" — ").append(fraction(e.score(), e.info().points()))
                .append("\n\n");
        List<TestResult> failed = e.failures();
        failed.stream().limit(FAILURES_SHOWN).forEach(f -> md.append("- ✘ ")
                .append(f.hidden() && !f.name().contains(Messages.get("feedback.hiddenTest"))
                        ? Messages.get("feedback.hiddenTest") + " " : "")
                .append(Markdown.text(f.name()))
                .append(f.message().isBlank() ? "" : ": " + Markdown.code(f.message())).append('\n'));
        if (failed.size() > FAILURES_SHOWN) {
            md.append("- ").append(Messages.get("feedback.moreFailures", failed.size() - FAILURES_SHOWN)).append('\n');
        }
        return md.append('\n').append(Messages.get("feedback.hint", Markdown.text(e.info().hint()))).append('\n')
                .toString();
    }

    /**
     * A compile error as the learner finds it from the submission's folder: an error in a file ({@code src/…})
     * with the lesson's folder before it; one that belongs to no file (javac crashed, or ran out of time) as it is.
     */
    private static String inLesson(String lesson, String error) {
        return error.startsWith("src/") ? lesson + "/" + error : error;
    }

    /** Whether the grader graded the stub in place of the learner's file of this exercise. */
    private static boolean replaced(Grade grade, ExerciseScore e) {
        return !e.complete() && grade.stubbed().contains(e.info().file().replaceFirst("^src/main/java/", ""));
    }

    private static String mark(ExerciseScore e) {
        return e.complete() ? "✔" : e.total() == 0 || e.untouched() ? "·" : "✘";
    }

    private static String title(LessonScore score) {
        return Markdown.text(score.lesson() + " · " + score.manifest().title());
    }
}
