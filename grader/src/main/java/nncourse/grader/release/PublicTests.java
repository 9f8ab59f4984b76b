package nncourse.grader.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nncourse.engine.JavaCompilation;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.KitPath;

/**
 * Which public test classes of a lesson grade which exercise, read from their {@code @Exercise}
 * annotations. The GitHub Classroom workflow runs one exercise's tests by their classes, so each test
 * class must grade exactly one exercise.
 */
final class PublicTests {

    private static final Pattern EXERCISE = Pattern.compile("@Exercise\\(\\s*\"([^\"]+)\"\\s*\\)");

    private PublicTests() {
    }

    /** Exercise id → the simple names of its public test classes, in the manifest's order. */
    static Map<String, List<String>> classesByExercise(KitLesson lesson) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        lesson.manifest().exercises().forEach(e -> classes.put(e.id(), new ArrayList<>()));
        for (Path file : JavaCompilation.sourcesIn(lesson.publicTests())) {
            Set<String> ids = exercisesNamedIn(file);
            String relative = lesson.name() + "/" + KitPath.of(lesson.dir(), file);
            if (ids.size() > 1) {
                throw new GraderException(relative + " grades exercises " + String.join(" and ", ids)
                        + "; the GitHub Classroom workflow gives points per exercise by test class, so give each"
                        + " exercise its own test class");
            }
            for (String id : ids) {
                if (!classes.containsKey(id)) {
                    throw new GraderException(relative + " grades exercise " + id + ", which " + lesson.name()
                            + "'s exercises.properties does not list");
                }
                String name = file.getFileName().toString();
                classes.get(id).add(name.substring(0, name.length() - ".java".length()));
            }
        }
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            if (classes.get(e.id()).isEmpty()) {
                throw new GraderException(lesson.name() + ": exercise " + e.id() + " has no public test class"
                        + " (no test in " + lesson.name() + "/src/test/java carries @Exercise(\"" + e.id() + "\"))");
            }
        }
        return classes;
    }

    private static Set<String> exercisesNamedIn(Path file) {
        try {
            Matcher m = EXERCISE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> ids = new LinkedHashSet<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
