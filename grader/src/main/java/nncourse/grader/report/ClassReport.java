package nncourse.grader.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.SubmissionSummary;
import nncourse.grader.batch.SubmissionSummary.Attempt;
import nncourse.grader.batch.SubmissionSummary.FailedTest;
import nncourse.grader.batch.SubmissionSummary.LessonSummary;
import nncourse.learner.ExerciseInfo;

/**
 * What a teacher asks of a graded assignment, worked out from the submissions' summaries: how the totals
 * spread, and per lesson and exercise how the class did — the mean, how many earned every point, and the
 * tests that failed most, with what they said. It holds counts, not submissions: what {@link ReportPage}
 * shows and {@link ReportCharts} draws, and nothing else.
 *
 * @param points  the points a submission can earn
 * @param totals  every submission's total, in grading order
 * @param lessons one per lesson of the kit, in the kit's order; their scores in the same order as the totals
 */
public record ClassReport(double points, List<Total> totals, List<LessonStats> lessons) {

    /** Tests shown per exercise: the ones that failed most. */
    static final int TESTS_SHOWN = 5;
    /** Different messages shown per test: the most frequent. */
    static final int MESSAGES_SHOWN = 3;

    public ClassReport {
        totals = List.copyOf(totals);
        lessons = List.copyOf(lessons);
    }

    /**
     * A lesson across the class.
     *
     * @param name      the lesson's folder, e.g. {@code lesson-01-logistic-regression}
     * @param title     its manifest's title
     * @param points    the points it is worth
     * @param scores    every submission's points for it, in grading order
     * @param flagged   the submissions in which some of its code did not compile or it could not be graded
     * @param exercises its exercises, in the manifest's order
     */
    public record LessonStats(String name, String title, double points, List<Double> scores, int flagged,
                              List<ExerciseStats> exercises) {

        public LessonStats {
            scores = List.copyOf(scores);
            exercises = List.copyOf(exercises);
        }

        public Spread spread() {
            return Spread.of(scores);
        }
    }

    /**
     * An exercise across the class.
     *
     * @param mean       the mean points earned
     * @param passRate   the share of submissions that earned all its points, 0 to 1
     * @param begun      the submissions that began it (not every test still at its {@code TODO})
     * @param mostFailed its tests that failed in the most submissions, most first, at most {@link #TESTS_SHOWN}
     */
    public record ExerciseStats(String id, String title, double points, double mean, double passRate, int begun,
                                List<TestFailures> mostFailed) {

        public ExerciseStats {
            mostFailed = List.copyOf(mostFailed);
        }
    }

    /**
     * A test that failed, across the class.
     *
     * @param failures the submissions in which it failed
     * @param messages what it said, the most frequent first, at most {@link #MESSAGES_SHOWN}
     * @param others   how many more different messages it gave
     */
    public record TestFailures(String name, boolean hidden, int failures, List<Message> messages, int others) {

        public TestFailures {
            messages = List.copyOf(messages);
        }
    }

    /**
     * A submission's total.
     *
     * @param name    the submission's name, as the student gave it
     * @param flagged whether some of its code did not compile, or a lesson could not be graded
     */
    public record Total(String name, double score, boolean flagged) {}

    /** A failure message and the submissions in which a test gave it. */
    public record Message(String text, int count) {}

    /** Minimum, quartiles (linear between ranks), maximum and mean of some numbers. */
    public record Spread(double min, double q1, double median, double q3, double max, double mean) {

        static Spread of(List<Double> values) {
            if (values.isEmpty()) {
                return new Spread(0, 0, 0, 0, 0, 0);
            }
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Spread(v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[v.length - 1],
                    Arrays.stream(v).average().orElse(0));
        }

        private static double quantile(double[] sorted, double q) {
            double rank = q * (sorted.length - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(below + 1, sorted.length - 1);
            return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
        }
    }

    public int submissions() {
        return totals.size();
    }

    public Spread totalSpread() {
        return Spread.of(totals.stream().map(Total::score).toList());
    }

    /**
     * The report of {@code grades}, graded against {@code lessons}.
     *
     * @param grades the summaries, each with one lesson per lesson of the kit, in the kit's order
     */
    public static ClassReport of(List<KitLesson> lessons, List<SubmissionSummary> grades) {
        List<LessonStats> stats = new ArrayList<>();
        for (int l = 0; l < lessons.size(); l++) {
            KitLesson lesson = lessons.get(l);
            int index = l;
            List<LessonSummary> rows = grades.stream().map(g -> g.lessons().get(index)).toList();
            List<ExerciseInfo> infos = lesson.manifest().exercises();
            List<ExerciseStats> exercises = new ArrayList<>();
            for (int e = 0; e < infos.size(); e++) {
                exercises.add(exercise(infos.get(e), e, rows));
            }
            stats.add(new LessonStats(lesson.name(), lesson.manifest().title(), lesson.manifest().points(),
                    rows.stream().map(LessonSummary::score).toList(),
                    (int) rows.stream().filter(LessonSummary::flagged).count(), exercises));
        }
        return new ClassReport(lessons.stream().mapToDouble(l -> l.manifest().points()).sum(),
                grades.stream().map(g -> new Total(g.name(), g.score(),
                        g.lessons().stream().anyMatch(LessonSummary::flagged))).toList(), stats);
    }

    private static ExerciseStats exercise(ExerciseInfo info, int index, List<LessonSummary> rows) {
        List<Double> scores = rows.stream().map(r -> index < r.exercises().size() ? r.exercises().get(index) : 0.0)
                .toList();
        List<Attempt> attempts = rows.stream().filter(r -> index < r.attempts().size())
                .map(r -> r.attempts().get(index)).filter(Attempt::begun).toList();
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double passRate = scores.isEmpty() ? 0
                : scores.stream().filter(s -> s >= info.points() - 1e-9).count() / (double) scores.size();
        return new ExerciseStats(info.id(), info.title(), info.points(), mean, passRate, attempts.size(),
                mostFailed(attempts));
    }

    /** The tests that failed in the most submissions (a test counted once per submission), each with its messages. */
    private static List<TestFailures> mostFailed(List<Attempt> attempts) {
        Map<String, List<FailedTest>> byTest = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            a.failed().stream().collect(Collectors.toMap(FailedTest::name, Function.identity(), (x, y) -> x,
                    LinkedHashMap::new)).values()
                    .forEach(f -> byTest.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f));
        }
        return byTest.values().stream()
                .sorted(Comparator.comparingInt((List<FailedTest> f) -> f.size()).reversed())
                .limit(TESTS_SHOWN)
                .map(ClassReport::failures)
                .toList();
    }

    private static TestFailures failures(List<FailedTest> failed) {
        Map<String, Long> counts = failed.stream().collect(Collectors.groupingBy(FailedTest::message,
                LinkedHashMap::new, Collectors.counting()));
        List<Message> messages = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(MESSAGES_SHOWN).map(e -> new Message(e.getKey(), e.getValue().intValue())).toList();
        FailedTest first = failed.get(0);
        return new TestFailures(first.name(), first.hidden(), failed.size(), messages,
                Math.max(0, counts.size() - messages.size()));
    }
}
