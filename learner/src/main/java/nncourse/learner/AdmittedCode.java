package nncourse.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Fails the tests of an exercise whose code the grader would refuse ({@link Admission}), when the learner's
 * own build runs them: a refusal costs the points of that exercise, so {@code ./mvnw test} must not pass it.
 * Every test class with {@link Exercise} gets this check; it acts only where the system property
 * {@value ScoreboardListener#LESSON} names the lesson's folder (the lessons' Surefire sets it), and does
 * nothing in the grader's worker or in a notebook, which check the code their own way.
 */
public final class AdmittedCode implements BeforeEachCallback {

    /** The refusals of this test JVM's lesson, checked once. */
    private static List<Admission.Refusal> refusals;

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<Path> lesson = ScoreboardListener.lesson();
        if (lesson.isEmpty()) {
            return;
        }
        Manifest manifest = Manifest.onClassPath(context.getRequiredTestClass().getClassLoader())
                .orElseThrow(() -> new IllegalStateException("no " + Manifest.RESOURCE + " on the test class path"));
        String exercise = ResultCollector.exerciseOf(context.getRequiredTestMethod(), context.getRequiredTestClass())
                .orElse("?");
        String file = manifest.exercises().stream().filter(e -> e.id().equals(exercise)).map(ExerciseInfo::file)
                .findFirst().orElse("");
        List<String> exerciseFiles = manifest.exercises().stream().map(ExerciseInfo::file).toList();
        for (Admission.Refusal r : refusalsOf(manifest, lesson.get().resolve(ScoreboardListener.CLASSES))) {
            String refused = "src/main/java/" + r.file();
            if (refused.equals(file) || !exerciseFiles.contains(refused)) {
                throw new AssertionFailedError(Messages.get("scoreboard.refused",
                        refused.substring(0, refused.lastIndexOf('/') + 1) + r.message()));
            }
        }
    }

    private static synchronized List<Admission.Refusal> refusalsOf(Manifest manifest, Path classes) {
        if (refusals == null) {
            try {
                refusals = Admission.checkLesson(manifest, ScoreboardListener.classes(classes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the lesson's classes in " + classes.toAbsolutePath(), e);
            }
        }
        return refusals;
    }
}
