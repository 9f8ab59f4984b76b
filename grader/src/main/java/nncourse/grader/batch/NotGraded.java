package nncourse.grader.batch;

import java.util.List;

/**
 * The line that ends a grading in which some submissions could not be graded — "2 of 30 submissions
 * could not be graded: eve (could not unpack eve.zip: …), …" — so that a teacher who reads only the end
 * of the output, or a script that reads only the exit status, does not take their 0 for a grade.
 */
public final class NotGraded {

    /** {@code grade}'s exit status when it finished but some submissions could not be graded. */
    public static final int EXIT_STATUS = 3;

    private NotGraded() {
    }

    /** The line, or "" when every submission was graded. */
    public static String summary(List<SubmissionSummary> grades) {
        List<SubmissionSummary> not = grades.stream().filter(g -> !g.status().graded()).toList();
        if (not.isEmpty()) {
            return "";
        }
        return not.size() + " of " + grades.size() + " submission" + (grades.size() == 1 ? "" : "s")
                + " could not be graded: " + String.join(", ", not.stream().map(g -> g.name() + " (" + g.why() + ")")
                .toList());
    }
}
