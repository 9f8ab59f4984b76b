package nncourse.learner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's scoreboard. Each lesson's board is printed as soon as its public tests have run: per
 * exercise passed or not, the failing tests with a hint, the next TODO with its file and line. The
 * summary follows the last lesson: points per lesson, what keeps a lesson from compiling, the total, and
 * what to do next. Watch mode shows the same two parts.
 */
public final class Scoreboard {

    private static final String RULE = "─".repeat(72);

    /** Failing tests shown per exercise, unless {@code -Dfailures=all} asks for every one. */
    private static final int FAILURES_SHOWN = 2;

    /** The column where points start: lesson titles and "Total" are padded to it. */
    private static final int POINTS_COLUMN = 63;

    private Scoreboard() {
    }

    /**
     * After a lesson's tests, in the learner's build: fails it, as Surefire does, unless every graded test
     * ran and passed — so that a run of some tests only does not end green. When the tests were not run
     * again, since nothing of the lesson changed after its last results, the board is printed from those.
     *
     * @param args the lesson's folder; {@code true} when tests are skipped altogether; {@code true} when
     *             the tests were not run again
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        if (Boolean.parseBoolean(args[1])) {
            return;
        }
        boolean notRunAgain = Boolean.parseBoolean(args[2]);
        Lessons.Found lesson = new Lessons.Found(dir.getFileName().toString(), dir,
                Manifest.read(dir.resolve(Manifest.LOCATION)));
        boolean tested = testedSinceLastChange(dir);
        LessonScore score = fromResults(lesson, tested);
        boolean changedUnseen = notRunAgain && !tested;
        if (changedUnseen) {
            // Maven judged by the files' dates; their contents changed all the same: test again next time.
            Fingerprint.forget(dir);
        }
        if (notRunAgain) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(lessonBoard(score, dir.getParent()));
            out.flush();
        }
        if (!score.complete()) {
            throw new TestsFail(Messages.get(changedUnseen ? "scoreboard.runAgain"
                    : notRunAgain ? "scoreboard.testsFail" : "scoreboard.notAllRan", lesson.name()));
        }
    }

    /** The build's end while a graded test fails, as one line: the board above says the rest. */
    static final class TestsFail extends RuntimeException {
        TestsFail(String message) {
            super(message, null, false, false);
        }
    }

    /** A lesson's score from the results its last test run recorded, or why there are none. */
    public static LessonScore fromResults(Lessons.Found lesson) {
        return fromResults(lesson, testedSinceLastChange(lesson.dir()));
    }

    /** The same, where the caller has already asked {@link #testedSinceLastChange} (it reads every file). */
    public static LessonScore fromResults(Lessons.Found lesson, boolean testedSinceLastChange) {
        Path results = lesson.dir().resolve(ScoreboardListener.RESULTS);
        if (!Files.exists(results)) {
            return LessonScore.notScored(lesson.name(), lesson.manifest(), Messages.get("scoreboard.notRun"));
        }
        if (!testedSinceLastChange) {
            return LessonScore.notScored(lesson.name(), lesson.manifest(),
                    Messages.get("scoreboard.notRunSinceChange"));
        }
        try {
            List<TestResult> list = new ObjectMapper().readValue(results.toFile(), new TypeReference<>() { });
            return LessonScore.of(lesson.name(), lesson.manifest(), list, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the lesson's recorded results are newer than every file of it, and were taken of these very
     * files: a file put back with an old date (a backup, an unzip) has a newer fingerprint all the same.
     */
    public static boolean testedSinceLastChange(Path lessonDir) {
        Path results = lessonDir.resolve(ScoreboardListener.RESULTS);
        return Files.exists(results) && FileTimes.modified(results).compareTo(newestSource(lessonDir)) >= 0
                && Fingerprint.of(lessonDir).equals(Fingerprint.recorded(lessonDir));
    }

    /** One lesson's board: its exercises, the failing tests with a hint, and its next step. */
    public static String lessonBoard(LessonScore lesson, Path kit) {
        StringBuilder s = new StringBuilder("\n").append(RULE).append('\n');
        String title = title(lesson);
        s.append(' ').append(Columns.pad(title, Math.max(POINTS_COLUMN - 1, Columns.width(title) + 2)))
                .append(fraction(lesson.score(), lesson.points())).append('\n');
        lesson.problems().forEach(p -> s.append(problem(p)));
        for (ExerciseScore e : lesson.exercises()) {
            s.append(exerciseLine(e));
            if (!e.complete() && !e.untouched() && lesson.problems().isEmpty()) {
                int shown = failuresShown();
                e.failures().stream().limit(shown)
                        .forEach(f -> s.append(indent("✘ " + f.name() + ": " + said(f.message(), lesson.manifest()))));
                if (e.failures().size() > shown) {
                    s.append(indent(Messages.get("scoreboard.moreFailures", e.failures().size() - shown)));
                }
                s.append(indent(Messages.get("scoreboard.hint", e.info().hint())));
            }
        }
        if (lesson.complete()) {
            s.append("   ").append(Messages.get("scoreboard.hiddenAlsoCheck")).append('\n');
            lesson.exercises().forEach(e -> s.append(indent(e.info().id() + " " + e.info().hidden())));
        }
        nextStep(lesson, kit).ifPresent(s::append);
        return s.append(RULE).append('\n').toString();
    }

    /**
     * The summary after the lessons' boards: each lesson's points and what kept it from being scored (a
     * compile error, with its file, line and source), the total, and the first thing to do next.
     */
    public static String summary(List<LessonScore> lessons, Path kit) {
        StringBuilder s = new StringBuilder("\n").append(RULE).append('\n');
        s.append(' ').append(Messages.get("scoreboard.title")).append('\n');
        for (LessonScore lesson : lessons) {
            String title = title(lesson);
            s.append("   ").append(Columns.pad(title, Math.max(POINTS_COLUMN - 3, Columns.width(title) + 2)))
                    .append(fraction(lesson.score(), lesson.points())).append('\n');
            lesson.problems().forEach(p -> s.append(problem(p)));
        }
        double score = lessons.stream().mapToDouble(LessonScore::score).sum();
        double points = lessons.stream().mapToDouble(LessonScore::points).sum();
        s.append(' ').append(Columns.pad(Messages.get("scoreboard.total"), POINTS_COLUMN - 1))
                .append(fraction(score, points)).append('\n');
        lessons.stream().filter(l -> !l.complete()).findFirst().flatMap(l -> nextStep(l, kit)).ifPresent(s::append);
        if (lessons.isEmpty()) {
            s.append(' ').append(Messages.get("scoreboard.noLessons", kit)).append('\n');
        } else if (lessons.stream().allMatch(LessonScore::complete)) {
            s.append(' ').append(Messages.get("scoreboard.allPass")).append('\n');
        }
        return s.append(RULE).append('\n').toString();
    }

    /** Every lesson's board, then the summary: the whole scoreboard. */
    public static String render(List<LessonScore> lessons, Path kit) {
        StringBuilder s = new StringBuilder();
        lessons.forEach(l -> s.append(lessonBoard(l, kit)));
        return s.append(summary(lessons, kit)).toString();
    }

    /** How many failing tests of an exercise the board shows: two, another number or all ({@code -Dfailures=all}). */
    static int failuresShown() {
        String failures = System.getProperty("failures", "");
        if (failures.equals("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            return Math.max(1, Integer.parseInt(failures));
        } catch (NumberFormatException e) {
            return FAILURES_SHOWN;
        }
    }

    private static String exerciseLine(ExerciseScore e) {
        String mark = e.complete() ? "✔" : e.untouched() || e.total() == 0 ? "·" : "✘";
        String state = e.complete() || e.total() == 0 ? "" : e.untouched() ? Messages.get("scoreboard.notStarted")
                : Messages.get("scoreboard.passedOf", e.passed(), e.total());
        return String.format("   %s %-5s %-40s %9s   %s%n", mark, e.info().id(), e.info().title(),
                fraction(e.score(), e.info().points()), state).stripTrailing() + "\n";
    }

    /** What to do next in a lesson: fix what keeps it from being scored, or its first exercise not done. */
    private static Optional<String> nextStep(LessonScore lesson, Path kit) {
        if (!lesson.problems().isEmpty()) {
            return Optional.of(" " + Messages.get("scoreboard.nextProblem", lesson.lesson()) + "\n");
        }
        return lesson.exercises().stream().filter(e -> !e.complete()).findFirst().map(e -> {
            String where = lesson.lesson() + "/" + e.info().file();
            Optional<Integer> line = e.info().todoLine(kit.resolve(lesson.lesson()));
            String head = line.map(n -> Messages.get("scoreboard.nextTodo", e.info().todoMarker(), where + ":" + n))
                    .orElse(Messages.get("scoreboard.nextExercise", e.info().id(), e.info().title(), where));
            String detail = e.untouched() ? Messages.get("scoreboard.hint", e.info().hint())
                    : Messages.get("scoreboard.makeThemPass");
            return " " + head + "\n       " + detail + "\n";
        });
    }

    private static final Pattern TODO = Pattern.compile("^TODO (\\d+\\.\\d+)\\b.*", Pattern.DOTALL);

    /**
     * A failure as the board says it: a stub's {@code TODO 1.5: …} (in the stub's English) becomes, in the
     * learner's language, which exercise the test waits for.
     */
    private static String said(String message, Manifest manifest) {
        Matcher todo = TODO.matcher(message == null ? "" : message);
        if (!todo.matches()) {
            return message;
        }
        return manifest.exercises().stream().filter(x -> x.id().equals(todo.group(1))).findFirst()
                .map(x -> Messages.get("scoreboard.waitsFor", x.id(), x.title())).orElse(message);
    }

    private static String title(LessonScore lesson) {
        return lesson.lesson() + " · " + lesson.manifest().title();
    }

    /** A problem of a lesson: its first line marked, the rest (e.g. the source line of a compile error) below. */
    private static String problem(String text) {
        return "   ! " + text.replace("\n", "\n     ") + "\n";
    }

    private static String indent(String text) {
        return "           " + text.replace("\n", "\n           ") + "\n";
    }

    /** Points as a teacher writes them: "15/15", "7.5/10". */
    public static String fraction(double score, double points) {
        return number(score) + "/" + number(points);
    }

    public static String number(double x) {
        double rounded = Math.round(x * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** The newest time of the lesson's sources, tests and their resources. */
    private static FileTime newestSource(Path lessonDir) {
        FileTime main = FileTimes.newest(lessonDir.resolve("src/main"), "");
        FileTime test = FileTimes.newest(lessonDir.resolve("src/test"), "");
        return main.compareTo(test) >= 0 ? main : test;
    }
}
