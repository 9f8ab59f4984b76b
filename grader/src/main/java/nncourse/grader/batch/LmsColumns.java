package nncourse.grader.batch;

import java.util.List;
import java.util.Map;

/**
 * What the LMS exports take from a gradebook row: who it is, and each lesson's points — none when
 * nothing of the submission was graded, so that an LMS never imports a 0 the learner did not earn.
 */
final class LmsColumns {

    private LmsColumns() {
    }

    /** The lesson columns of the gradebook: between {@code total} and the exercises. */
    static List<String> lessons(Gradebook gradebook) {
        List<String> header = gradebook.header();
        int total = header.indexOf("total");
        return header.subList(total + 1, total + 1 + gradebook.lessonCount());
    }

    static List<String> pointsPossible(Gradebook gradebook) {
        List<String> possible = gradebook.pointsPossible();
        int total = gradebook.header().indexOf("total");
        return possible.subList(total + 1, total + 1 + gradebook.lessonCount());
    }

    /** The roster's identifier, or the submission's name when the roster does not know it. */
    static String identifier(Map<String, String> row) {
        return row.get("identifier").isEmpty() ? row.get("submission") : row.get("identifier");
    }

    static String points(Map<String, String> row, String lesson) {
        SubmissionStatus status = SubmissionStatus.of(row.get("status"));
        return status == SubmissionStatus.NOT_UNPACKED || status == SubmissionStatus.NO_SUBMISSION ? ""
                : row.get(lesson);
    }
}
