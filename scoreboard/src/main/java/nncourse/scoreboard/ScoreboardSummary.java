package nncourse.scoreboard;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nncourse.engine.Folders;
import nncourse.engine.JavaCompilation;
import nncourse.engine.JavaCompilation.CompileError;
import nncourse.learner.LessonScore;
import nncourse.learner.Lessons;
import nncourse.learner.Messages;
import nncourse.learner.Scoreboard;

/**
 * The end of the learner's {@code ./mvnw test}, after every lesson has printed its own board: the summary of
 * all lessons ({@link Scoreboard#summary}). A lesson whose tests did not run since its last change is
 * compiled here, so that the summary shows its first compile error — file, line, column and source line —
 * rather than sending the learner up through Maven's output to find it. It fails nothing: a lesson whose
 * graded tests fail has already failed its own module, the normal Maven way.
 */
public final class ScoreboardSummary {

    private ScoreboardSummary() {
    }

    public static void main(String[] args) {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> classpath = classpath();
        List<LessonScore> scores = Lessons.find(kit).stream().map(l -> score(l, classpath)).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(Scoreboard.summary(scores, kit));
        out.flush();
    }

    /** A lesson's score from its last test run, or — when that run is older than its sources — why not. */
    static LessonScore score(Lessons.Found lesson, List<Path> classpath) {
        if (Scoreboard.testedSinceLastChange(lesson.dir())) {
            return Scoreboard.fromResults(lesson, true);
        }
        return firstCompileError(lesson.dir(), classpath)
                .map(e -> LessonScore.notScored(lesson.name(), lesson.manifest(),
                        Messages.get("scoreboard.doesNotCompile", e.shown(lesson.dir()))))
                .orElseGet(() -> Scoreboard.fromResults(lesson, false));
    }

    /** The first error javac finds in a lesson's sources or, when they compile, in its public tests. */
    static Optional<CompileError> firstCompileError(Path lessonDir, List<Path> classpath) {
        Path out;
        try {
            out = Files.createTempDirectory("nncourse-summary");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (String sources : List.of("src/main/java", "src/test/java")) {
                List<Path> files = JavaCompilation.sourcesIn(lessonDir.resolve(sources));
                List<CompileError> errors = files.isEmpty() ? List.of()
                        : JavaCompilation.compile(files, classpath, out);
                if (!errors.isEmpty()) {
                    return Optional.of(errors.get(0));
                }
            }
            return Optional.empty();
        } finally {
            Folders.delete(out);
        }
    }

    /** This JVM's class path: that of Maven's class loader for the plugin that runs it, or the JVM's own. */
    private static List<Path> classpath() {
        List<Path> paths = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // Not a file: nothing javac could read.
                }
            }
        }
        Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(p -> !p.isBlank()).map(Path::of).forEach(paths::add);
        return paths;
    }
}
