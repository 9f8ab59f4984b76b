package nncourse.grader.batch;

/**
 * What became of a learner's hand-in, as the gradebook's {@code status} column says it: without it a
 * zip that could not be unpacked, a lesson the grader failed on and a learner who handed in nothing
 * would all look like an honest 0.
 */
public enum SubmissionStatus {

    /** Every lesson was graded (its code may not have compiled: that is the learner's 0, not ours). */
    GRADED("graded"),
    /** The zip could not be unpacked: nothing of it was graded. */
    NOT_UNPACKED("could not unpack"),
    /** A lesson could not be graded: not found in the submission, or the grader failed on it. */
    NOT_GRADED("not graded"),
    /** The roster lists the learner, and no submission is theirs. */
    NO_SUBMISSION("no submission");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    /** The words in the gradebook. */
    public String label() {
        return label;
    }

    /** Whether the submission's points are the grade it deserves, as far as the grader can tell. */
    public boolean graded() {
        return this == GRADED;
    }

    public static SubmissionStatus of(String label) {
        for (SubmissionStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no submission status is called '" + label + "'");
    }
}
