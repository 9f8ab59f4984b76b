package nncourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.SubmissionSummary;
import nncourse.grader.batch.SubmissionSummary.Attempt;
import nncourse.grader.batch.SubmissionSummary.FailedTest;
import nncourse.grader.batch.SubmissionSummary.LessonSummary;
import nncourse.grader.report.ClassReport.ExerciseStats;
import nncourse.grader.report.ClassReport.Spread;
import nncourse.grader.report.ClassReport.TestFailures;
import nncourse.learner.ExerciseInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The class report's numbers, worked out from summaries made up for the kit's lessons, and its page. */
@DisplayName("The class report")
class ClassReportTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final List<KitLesson> LESSONS = KitLesson.all(KIT);

    @Test
    @DisplayName("gives per exercise the mean, the share with every point and how many began it")
    void exerciseNumbers() {
        ExerciseInfo first = LESSONS.get(0).manifest().exercises().get(0);
        ClassReport report = ClassReport.of(LESSONS, List.of(
                submission("ann", first.points(), begun()),
                submission("bob", first.points() / 2, begun(new FailedTest("t1", false, "expected 0.5"))),
                submission("cat", 0, new Attempt(false, List.of())),
                submission("dan", 0, begun(new FailedTest("t1", false, "expected 0.5"),
                        new FailedTest("t2", true, "NaN")))));
        ExerciseStats e = report.lessons().get(0).exercises().get(0);
        assertEquals(first.points() * 1.5 / 4, e.mean(), 1e-9);
        assertEquals(0.25, e.passRate(), 1e-9);
        assertEquals(3, e.begun(), "cat did not begin it");
        assertEquals(List.of("t1", "t2"), e.mostFailed().stream().map(TestFailures::name).toList());
        assertEquals(2, e.mostFailed().get(0).failures());
        assertEquals("expected 0.5", e.mostFailed().get(0).messages().get(0).text());
        assertEquals(2, e.mostFailed().get(0).messages().get(0).count());
        assertTrue(e.mostFailed().get(1).hidden());
    }

    @Test
    @DisplayName("keeps the five tests failed most and the three messages heard most, counting the others")
    void mostFailedCapped() {
        List<SubmissionSummary> grades = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            List<FailedTest> failed = new ArrayList<>();
            for (int t = 0; t <= s; t++) {
                failed.add(new FailedTest("test " + t, false, "message " + (s % 5)));
            }
            grades.add(submission("s" + s, 0, begun(failed.toArray(FailedTest[]::new))));
        }
        List<TestFailures> shown = ClassReport.of(LESSONS, grades).lessons().get(0).exercises().get(0).mostFailed();
        assertEquals(List.of("test 0", "test 1", "test 2", "test 3", "test 4"),
                shown.stream().map(TestFailures::name).toList());
        assertEquals(8, shown.get(0).failures());
        assertEquals(3, shown.get(0).messages().size());
        assertEquals(2, shown.get(0).others(), "five messages in all");
    }

    @Test
    @DisplayName("cuts a long failure message to a bounded length when it is summarized")
    void messagesCapped() {
        String cut = new FailedTest("t", false, "x".repeat(10_000)).message();
        assertEquals(FailedTest.MESSAGE_CHARS, cut.length());
        assertTrue(cut.endsWith("…"));
    }

    @Test
    @DisplayName("finds quartiles between ranks and the spread of each lesson")
    void spread() {
        Spread s = Spread.of(List.of(40.0, 10.0, 30.0, 20.0));
        assertEquals(new Spread(10, 17.5, 25, 32.5, 40, 25), s);
        assertEquals(new Spread(0, 0, 0, 0, 0, 0), Spread.of(List.of()));
    }

    @Test
    @DisplayName("writes one self-contained page: nothing fetched, every chart a PNG inside it")
    void selfContained() {
        ExerciseInfo first = LESSONS.get(0).manifest().exercises().get(0);
        String html = ReportPage.of(ClassReport.of(LESSONS, List.of(submission("ann", first.points(), begun()),
                submission("bob", 0, begun(new FailedTest("t1", false, "expected <0.5> & more"))))));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(3, count(html, "<img src=\"data:image/png;base64,"), "three charts");
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(html).find(), "a file or address is loaded");
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("@import"), "a URL");
        assertTrue(html.contains("default-src 'none'"), "a policy that forbids anything else");
        assertTrue(html.contains("expected &lt;0.5&gt; &amp; more"));
    }

    @Test
    @DisplayName("says so when no submission was graded, and draws nothing")
    void empty() {
        String html = ReportPage.of(ClassReport.of(LESSONS, List.of()));
        assertTrue(html.contains("No submission was graded in this run."));
        assertFalse(html.contains("<img"));
    }

    @Test
    @DisplayName("escapes markup and quotes, and replaces control characters")
    void escapes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;\uFFFD\n",
                Html.text("<a href=\"x\" title='y'>&amp;\u0000\n"));
    }

    /** A submission with {@code firstScore} points and {@code attempt} for the first exercise, none elsewhere. */
    private static SubmissionSummary submission(String name, double firstScore, Attempt attempt) {
        List<LessonSummary> lessons = new ArrayList<>();
        for (int l = 0; l < LESSONS.size(); l++) {
            int exercises = LESSONS.get(l).manifest().exercises().size();
            List<Double> scores = new ArrayList<>(Collections.nCopies(exercises, 0.0));
            List<Attempt> attempts = new ArrayList<>(Collections.nCopies(exercises, new Attempt(false, List.of())));
            if (l == 0) {
                scores.set(0, firstScore);
                attempts.set(0, attempt);
            }
            lessons.add(new LessonSummary(LESSONS.get(l).name(), l == 0 ? firstScore : 0,
                    LESSONS.get(l).manifest().points(), false, scores, null, attempts));
        }
        return new SubmissionSummary(name, lessons, Duration.ofSeconds(1), null);
    }

    private static Attempt begun(FailedTest... failed) {
        return new Attempt(true, List.of(failed));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
