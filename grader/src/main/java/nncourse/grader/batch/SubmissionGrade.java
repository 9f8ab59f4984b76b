package nncourse.grader.batch;

import java.time.Duration;
import java.util.List;
import nncourse.engine.Grade;

/**
 * A submission, graded: one {@link Grade} per lesson of the kit, in the kit's order.
 *
 * @param name    the submission's name
 * @param grades  one per lesson
 * @param time    how long grading it took
 * @param problem why the submission could not be read at all (a broken zip), or {@code null}: then every
 *                lesson says so too, and the gradebook's status tells it apart from a lesson not graded
 */
public record SubmissionGrade(String name, List<Grade> grades, Duration time, String problem) {

    public SubmissionGrade {
        grades = List.copyOf(grades);
    }

    public SubmissionGrade(String name, List<Grade> grades, Duration time) {
        this(name, grades, time, null);
    }

    public double score() {
        return grades.stream().mapToDouble(g -> g.score().score()).sum();
    }

    public double points() {
        return grades.stream().mapToDouble(g -> g.score().points()).sum();
    }
}
