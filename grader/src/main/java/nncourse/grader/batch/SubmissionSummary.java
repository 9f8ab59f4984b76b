package nncourse.grader.batch;

import java.time.Duration;
import java.util.List;
import nncourse.engine.Grade;
import nncourse.learner.ExerciseScore;
import nncourse.learner.TestResult;

/**
 * What the gradebook, the summary table and the class report keep of a graded submission once its
 * feedback is written: numbers, and of each exercise begun the names of its failed tests with their
 * messages cut short — not the tests' results and output, so that grading any number of submissions
 * holds little memory — and why it could not be graded, if it could not, so that no such 0 passes for a
 * grade.
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
     * @param attempts  per exercise, in the same order, whether it was begun and which of its tests failed;
     *                  empty when not known
     */
    public record LessonSummary(String lesson, double score, double points, boolean flagged, List<Double> exercises,
                                String notGraded, List<Attempt> attempts) {

        public LessonSummary {
            exercises = List.copyOf(exercises);
            attempts = List.copyOf(attempts);
        }

        /** A lesson known by its points alone, e.g. read back from a gradebook. */
        public LessonSummary(String lesson, double score, double points, boolean flagged, List<Double> exercises,
                             String notGraded) {
            this(lesson, score, points, flagged, exercises, notGraded, List.of());
        }
    }

    /**
     * What the class report needs of one exercise of one submission beyond its points.
     *
     * @param begun  false while the exercise is untouched (every test still meets its own {@code TODO}, or its
     *               stub was graded in place of a file that did not compile): its failures say nothing about
     *               how the class does the exercise, so none are kept
     * @param failed the tests that failed, when begun
     */
    public record Attempt(boolean begun, List<FailedTest> failed) {

        public Attempt {
            failed = List.copyOf(failed);
        }
    }

    /**
     * A failed test in short. Test names come from the kit and repeat in every submission, so they are
     * shared; messages may quote the submission's own exceptions, so they are cut at {@link #MESSAGE_CHARS}.
     *
     * @param name    the test's display name
     * @param hidden  whether it is one of the hidden tests
     * @param message what it said, at most {@link #MESSAGE_CHARS} characters
     */
    public record FailedTest(String name, boolean hidden, String message) {

        public static final int MESSAGE_CHARS = 240;

        public FailedTest {
            name = name.intern();
            if (message.length() > MESSAGE_CHARS) {
                int cut = Character.isHighSurrogate(message.charAt(MESSAGE_CHARS - 2)) ? MESSAGE_CHARS - 2
                        : MESSAGE_CHARS - 1;
                message = message.substring(0, cut) + "…";
            }
        }

        static FailedTest of(TestResult r) {
            return new FailedTest(r.name(), r.hidden(), r.message() == null ? "" : r.message().strip());
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
                g.compileErrors().isEmpty() && !problems.isEmpty() ? problems.get(0) : null,
                g.score().exercises().stream().map(e -> attempt(g, e)).toList());
    }

    private static Attempt attempt(Grade g, ExerciseScore e) {
        boolean stubGraded = !e.complete()
                && g.stubbed().contains(e.info().file().replaceFirst("^src/main/java/", ""));
        boolean begun = e.total() > 0 && !e.untouched() && !stubGraded;
        return new Attempt(begun, begun ? e.failures().stream().map(FailedTest::of).toList() : List.of());
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
