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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The learner's scoreboard, printed once after every lesson's public tests have run: per exercise
 * passed or not, points per lesson, the next TODO with its file and line, and a hint for each
 * failing exercise. Its exit status is 0 only when every graded test passes.
 */
public final class Scoreboard {

    private static final String RULE = "─".repeat(72);

    /** Failing tests shown per exercise, unless {@code -Dfailures=all} asks for every one. */
    private static final int FAILURES_SHOWN = 2;

    private Scoreboard() {
    }

    public static void main(String[] args) {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Lessons.Found> lessons = Lessons.find(kit);
        List<LessonScore> scores = lessons.stream().map(Scoreboard::fromResults).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(scores, kit));
        out.flush();
        System.exit(!scores.isEmpty() && scores.stream().allMatch(LessonScore::complete) ? 0 : 1);
    }

    /** A lesson's score from the results its last test run recorded. */
    static LessonScore fromResults(Lessons.Found lesson) {
        Path results = lesson.dir().resolve(ScoreboardListener.RESULTS);
        if (!Files.exists(results)) {
            return LessonScore.of(lesson.name(), lesson.manifest(), List.of(),
                    List.of(Messages.get("scoreboard.notRun")));
        }
        if (modified(results).compareTo(newestSource(lesson.dir())) < 0) {
            return LessonScore.of(lesson.name(), lesson.manifest(), List.of(),
                    List.of(Messages.get("scoreboard.notRunSinceChange")));
        }
        try {
            List<TestResult> list = new ObjectMapper().readValue(results.toFile(), new TypeReference<>() { });
            Path refused = lesson.dir().resolve(ScoreboardListener.REFUSED);
            List<Admission.Refusal> refusals = Files.exists(refused)
                    ? new ObjectMapper().readValue(refused.toFile(), new TypeReference<>() { }) : List.of();
            return LessonScore.of(lesson.name(), lesson.manifest(), refusing(lesson.manifest(), list, refusals), refusals.stream()
                    .map(r -> "src/main/java/" + r.file().substring(0, r.file().lastIndexOf('/') + 1) + r.message())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The results with every test of an exercise whose file was refused failed, as the grader would grade
     * it: the refusal costs those exercises, as a compile error would.
     */
    private static List<TestResult> refusing(Manifest manifest, List<TestResult> results,
                                             List<Admission.Refusal> refusals) {
        return results.stream().map(r -> refusals.stream().filter(f -> manifest.exercises().stream()
                        .anyMatch(e -> e.id().equals(r.exercise()) && e.file().equals("src/main/java/" + f.file())))
                .findFirst()
                .map(f -> new TestResult(r.exercise(), r.testClass(), r.name(), TestResult.Outcome.FAILED,
                        f.message(), r.hidden()))
                .orElse(r)).toList();
    }

    /** The board: one block per lesson, then the total and what to do next. */
    public static String render(List<LessonScore> lessons, Path kit) {
        StringBuilder s = new StringBuilder("\n").append(RULE).append('\n');
        s.append(' ').append(Messages.get("scoreboard.title")).append('\n').append(RULE).append('\n');
        Optional<String> next = Optional.empty();
        for (LessonScore lesson : lessons) {
            String title = lesson.lesson() + " · " + lesson.manifest().title();
            s.append(' ').append(Columns.pad(title, Math.max(62, Columns.width(title) + 2)))
                    .append(fraction(lesson.score(), lesson.points())).append('\n');
            lesson.problems().forEach(p -> s.append("   ! ").append(p).append('\n'));
            for (ExerciseScore e : lesson.exercises()) {
                s.append(exerciseLine(e));
                if (!e.complete() && !e.untouched() && lesson.problems().isEmpty()) {
                    int shown = failuresShown();
                    e.failures().stream().limit(shown).forEach(f -> s.append(indent("✘ " + f.name() + ": " + f.message())));
                    if (e.failures().size() > shown) {
                        s.append(indent(Messages.get("scoreboard.moreFailures", e.failures().size() - shown)));
                    }
                    s.append(indent(Messages.get("scoreboard.hint", e.info().hint())));
                }
                if (next.isEmpty() && !e.complete() && lesson.problems().isEmpty()) {
                    next = Optional.of(nextStep(kit.resolve(lesson.lesson()), lesson.lesson(), e));
                }
            }
            if (lesson.complete()) {
                s.append("   ").append(Messages.get("scoreboard.hiddenAlsoCheck")).append('\n');
                lesson.exercises().forEach(e -> s.append(indent(e.info().id() + " " + e.info().hidden())));
            }
            s.append('\n');
        }
        double score = lessons.stream().mapToDouble(LessonScore::score).sum();
        double points = lessons.stream().mapToDouble(LessonScore::points).sum();
        s.append(RULE).append("\n ").append(Columns.pad(Messages.get("scoreboard.total"), 62)).append(fraction(score, points)).append('\n');
        next.ifPresent(n -> s.append(n));
        if (lessons.isEmpty()) {
            s.append(' ').append(Messages.get("scoreboard.noLessons", kit)).append('\n');
        } else if (lessons.stream().allMatch(LessonScore::complete)) {
            s.append(' ').append(Messages.get("scoreboard.allPass")).append('\n');
        }
        return s.append(RULE).append('\n').toString();
    }

    /** How many failing tests of an exercise the board shows: two, or all with {@code -Dfailures=all}. */
    static int failuresShown() {
        return "all".equals(System.getProperty("failures")) ? Integer.MAX_VALUE : FAILURES_SHOWN;
    }

    private static String exerciseLine(ExerciseScore e) {
        String mark = e.complete() ? "✔" : e.untouched() || e.total() == 0 ? "·" : "✘";
        String state = e.complete() || e.total() == 0 ? "" : e.untouched() ? Messages.get("scoreboard.notStarted")
                : Messages.get("scoreboard.passedOf", e.passed(), e.total());
        return String.format("   %s %-5s %-40s %9s   %s%n", mark, e.info().id(), e.info().title(),
                fraction(e.score(), e.info().points()), state).stripTrailing() + "\n";
    }

    private static String nextStep(Path lessonDir, String lesson, ExerciseScore e) {
        String where = lesson + "/" + e.info().file();
        Optional<Integer> line = lineOf(lessonDir.resolve(e.info().file()), e.info().todoMarker());
        String head = line.map(n -> Messages.get("scoreboard.nextTodo", e.info().todoMarker(), where + ":" + n))
                .orElse(Messages.get("scoreboard.nextExercise", e.info().id(), e.info().title(), where));
        String detail = e.untouched() ? Messages.get("scoreboard.hint", e.info().hint())
                : Messages.get("scoreboard.makeThemPass");
        return " " + head + "\n       " + detail + "\n";
    }

    private static Optional<Integer> lineOf(Path file, String marker) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains(marker)) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // No file, or not text: say the exercise without a line.
        }
        return Optional.empty();
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

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime newestSource(Path lessonDir) {
        List<FileTime> times = new ArrayList<>();
        for (String dir : List.of("src/main/java", "src/test/java")) {
            Path root = lessonDir.resolve(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).map(Scoreboard::modified).forEach(times::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return times.stream().max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
    }
}
