package nncourse.grader.batch;

import static nncourse.learner.Scoreboard.fraction;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows grading as it goes: a progress bar on a terminal, one line per graded submission otherwise
 * (a log, CI). Told from the grading threads.
 */
public interface Progress extends AutoCloseable {

    void graded(SubmissionGrade submission);

    @Override
    void close();

    /** A bar when a person watches ({@link System#console()} is there), lines when not. */
    static Progress of(int submissions, PrintWriter out) {
        return System.console() != null ? new Bar(submissions) : new Lines(submissions, out);
    }

    /** A progress bar (me.tongfei.progressbar) on standard error. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(int submissions) {
            bar = new ProgressBarBuilder().setTaskName("Grading").setInitialMax(submissions)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
                    .continuousUpdate().build();
        }

        @Override
        public synchronized void graded(SubmissionGrade submission) {
            bar.step();
            bar.setExtraMessage(submission.name());
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line per graded submission: "[2/30] alice 145/300 (4.1 s)". */
    final class Lines implements Progress {
        private final int submissions;
        private final PrintWriter out;
        private int done;

        Lines(int submissions, PrintWriter out) {
            this.submissions = submissions;
            this.out = out;
        }

        @Override
        public synchronized void graded(SubmissionGrade submission) {
            out.printf("[%d/%d] %s %s (%.1f s)%n", ++done, submissions, submission.name(),
                    fraction(submission.score(), submission.points()), submission.time().toMillis() / 1000.0);
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
