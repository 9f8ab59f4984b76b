package nncourse.grader.batch;

import java.util.List;
import nncourse.grader.Grade;
import nncourse.grading.ExerciseScore;
import nncourse.grading.LessonScore;
import nncourse.grading.TestResult;

import static nncourse.grading.Scoreboard.fraction;

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
        md.append("# Feedback: ").append(Markdown.text(submission.name())).append("\n\n");
        md.append("**Total: ").append(fraction(submission.score(), submission.points())).append("**\n\n");
        md.append("| lesson | points |\n|---|---:|\n");
        for (Grade g : submission.grades()) {
            md.append("| ").append(title(g.score())).append(" | ")
                    .append(fraction(g.score().score(), g.score().points())).append(" |\n");
        }
        md.append("\nEvery exercise was graded with the public tests you have and with more (hidden) tests;"
                + " the tests of an exercise share its points.\n");
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
                .forEach(p -> md.append("- **Not graded:** ").append(Markdown.text(p)).append('\n'));
        if (!grade.compileErrors().isEmpty()) {
            md.append(graded
                    ? "Some of your code does not compile. Fix what javac says (file and line), then run `./mvnw test`"
                            + " again:\n\n```\n"
                    : "Your code in this lesson does not compile, so none of its tests could run. Fix what javac says"
                            + " (file and line), then run `./mvnw test` again:\n\n```\n");
            grade.compileErrors().stream().limit(COMPILE_ERRORS_SHOWN)
                    .forEach(e -> md.append(score.lesson()).append('/').append(e.strip()).append('\n'));
            if (grade.compileErrors().size() > COMPILE_ERRORS_SHOWN) {
                md.append("… and ").append(grade.compileErrors().size() - COMPILE_ERRORS_SHOWN)
                        .append(" more errors\n");
            }
            md.append("```\n");
        }
        if (!grade.notes().isEmpty()) {
            md.append(grade.compileErrors().isEmpty() ? "" : "\n").append("Notes from the grader:\n\n");
            grade.notes().forEach(n -> md.append("- ").append(Markdown.text(n)).append('\n'));
        }
        if (!score.problems().isEmpty() || !grade.compileErrors().isEmpty() || !grade.notes().isEmpty()) {
            md.append('\n');
        }
        md.append("| exercise | | points | tests passed |\n|---|---|---:|---|\n");
        for (ExerciseScore e : score.exercises()) {
            md.append("| ").append(e.info().id()).append(' ').append(Markdown.text(e.info().title())).append(" | ")
                    .append(mark(e)).append(" | ").append(fraction(e.score(), e.info().points())).append(" | ")
                    .append(e.total() == 0 ? "not run"
                            : replaced(grade, e) ? "the stub was graded in place of your file"
                            : e.untouched() ? "not started (TODO)" : e.passed() + " of " + e.total())
                    .append(" |\n");
        }
        for (ExerciseScore e : score.exercises()) {
            if (e.total() > 0 && !e.complete() && !replaced(grade, e)) {
                md.append('\n').append(failures(score.lesson(), e));
            }
        }
        return md.toString();
    }

    private static String failures(String lesson, ExerciseScore e) {
        StringBuilder md = new StringBuilder("### ").append(e.info().id()).append(' ')
                .append(Markdown.text(e.info().title())).append(" — ").append(fraction(e.score(), e.info().points()))
                .append("\n\n");
        if (e.untouched()) {
            return md.append("Not started: `").append(e.info().todoMarker()).append("` in ")
                    .append(lesson).append('/').append(e.info().file()).append(" still throws.\n\nHint: ")
                    .append(Markdown.text(e.info().hint())).append('\n').toString();
        }
        List<TestResult> failed = e.failures();
        failed.stream().limit(FAILURES_SHOWN).forEach(f -> md.append("- ✘ ")
                .append(f.hidden() && !f.name().contains("hidden") ? "(hidden test) " : "")
                .append(Markdown.text(f.name()))
                .append(f.message().isBlank() ? "" : ": " + Markdown.text(f.message())).append('\n'));
        if (failed.size() > FAILURES_SHOWN) {
            md.append("- … and ").append(failed.size() - FAILURES_SHOWN).append(" more failing tests\n");
        }
        return md.append("\nHint: ").append(Markdown.text(e.info().hint())).append('\n').toString();
    }

    /** Whether the grader graded the stub in place of the learner's file of this exercise. */
    private static boolean replaced(Grade grade, ExerciseScore e) {
        String file = e.info().file().replaceFirst("^src/main/java/", "");
        return !e.complete() && grade.notes().stream().anyMatch(n -> n.startsWith(file + " ") && n.contains("stub"));
    }

    private static String mark(ExerciseScore e) {
        return e.complete() ? "✔" : e.total() == 0 || e.untouched() ? "·" : "✘";
    }

    private static String title(LessonScore score) {
        return Markdown.text(score.lesson() + " · " + score.manifest().title());
    }
}
