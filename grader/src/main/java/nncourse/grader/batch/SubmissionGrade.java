package nncourse.grader.batch;

import java.time.Duration;
import java.util.List;
import nncourse.engine.Grade;

/**
 * A submission, graded: one {@link Grade} per lesson of the kit, in the kit's order.
 *
 * @param name   the submission's name
 * @param grades one per lesson
 * @param time   how long grading it took
 */
public record SubmissionGrade(String name, List<Grade> grades, Duration time) {

    public SubmissionGrade {
        grades = List.copyOf(grades);
    }

    public double score() {
        return grades.stream().mapToDouble(g -> g.score().score()).sum();
    }

    public double points() {
        return grades.stream().mapToDouble(g -> g.score().points()).sum();
    }
}
