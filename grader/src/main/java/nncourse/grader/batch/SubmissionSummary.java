package nncourse.grader.batch;

import java.time.Duration;
import java.util.List;
import nncourse.engine.Grade;
import nncourse.learner.ExerciseScore;

/**
 * What the gradebook and the summary table keep of a graded submission once its feedback is written:
 * numbers, not the tests' results and output, so that grading any number of submissions holds little
 * memory.
 *
 * @param name    the submission's name
 * @param lessons one per lesson of the kit, in the kit's order
 * @param time    how long grading it took
 */
public record SubmissionSummary(String name, List<LessonSummary> lessons, Duration time) {

    /**
     * One lesson of a submission.
     *
     * @param score     the points earned
     * @param points    the points there are
     * @param flagged   whether some of its code did not compile, or it could not be graded
     * @param exercises the points earned per exercise, in the manifest's order
     */
    public record LessonSummary(double score, double points, boolean flagged, List<Double> exercises) {

        public LessonSummary {
            exercises = List.copyOf(exercises);
        }
    }

    public SubmissionSummary {
        lessons = List.copyOf(lessons);
    }

    public static SubmissionSummary of(SubmissionGrade grade) {
        return new SubmissionSummary(grade.name(), grade.grades().stream().map(SubmissionSummary::lesson).toList(),
                grade.time());
    }

    private static LessonSummary lesson(Grade g) {
        return new LessonSummary(g.score().score(), g.score().points(),
                !g.compileErrors().isEmpty() || !g.score().problems().isEmpty(),
                g.score().exercises().stream().map(ExerciseScore::score).toList());
    }

    public double score() {
        return lessons.stream().mapToDouble(LessonSummary::score).sum();
    }

    public double points() {
        return lessons.stream().mapToDouble(LessonSummary::points).sum();
    }
}
