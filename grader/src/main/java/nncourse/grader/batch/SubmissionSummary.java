package nncourse.grader.batch;

import java.time.Duration;
import java.util.List;
import nncourse.engine.Grade;
import nncourse.learner.ExerciseScore;

/**
 * What the gradebook and the summary table keep of a graded submission once its feedback is written:
 * numbers, not the tests' results and output, so that grading any number of submissions holds little
 * memory — and why it could not be graded, if it could not, so that no such 0 passes for a grade.
 *
 * @param name    the submission's name
 * @param lessons one per lesson of the kit, in the kit's order
 * @param time    how long grading it took
 * @param problem why the submission could not be read at all (a broken zip), or {@code null}
 */
public record SubmissionSummary(String name, List<LessonSummary> lessons, Duration time, String problem) {

    /**
     * One lesson of a submission.
     *
     * @param lesson    the lesson folder's name
     * @param score     the points earned
     * @param points    the points there are
     * @param flagged   whether some of its code did not compile, or it could not be graded
     * @param exercises the points earned per exercise, in the manifest's order
     * @param notGraded why the lesson could not be graded (not found, the grader failed on it), or {@code null};
     *                  code that does not compile is graded — it earns what it earns
     */
    public record LessonSummary(String lesson, double score, double points, boolean flagged, List<Double> exercises,
                                String notGraded) {

        public LessonSummary {
            exercises = List.copyOf(exercises);
        }
    }

    public SubmissionSummary {
        lessons = List.copyOf(lessons);
    }

    public static SubmissionSummary of(SubmissionGrade grade) {
        return new SubmissionSummary(grade.name(), grade.grades().stream().map(SubmissionSummary::lesson).toList(),
                grade.time(), grade.problem());
    }

    private static LessonSummary lesson(Grade g) {
        List<String> problems = g.score().problems();
        return new LessonSummary(g.score().lesson(), g.score().score(), g.score().points(),
                !g.compileErrors().isEmpty() || !problems.isEmpty(),
                g.score().exercises().stream().map(ExerciseScore::score).toList(),
                g.compileErrors().isEmpty() && !problems.isEmpty() ? problems.get(0) : null);
    }

    public double score() {
        return lessons.stream().mapToDouble(LessonSummary::score).sum();
    }

    public double points() {
        return lessons.stream().mapToDouble(LessonSummary::points).sum();
    }

    public SubmissionStatus status() {
        if (problem != null) {
            return SubmissionStatus.NOT_UNPACKED;
        }
        return lessons.stream().anyMatch(l -> l.notGraded() != null) ? SubmissionStatus.NOT_GRADED
                : SubmissionStatus.GRADED;
    }

    /** Why it could not be graded, in a few words ("could not unpack eve.zip: …"), or {@code null} when it was. */
    public String why() {
        if (problem != null) {
            return problem;
        }
        return lessons.stream().filter(l -> l.notGraded() != null).map(l -> l.lesson() + ": " + l.notGraded())
                .reduce((a, b) -> a + "; " + b).orElse(null);
    }
}
