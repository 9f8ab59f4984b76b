package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nncourse.engine.Engine;
import nncourse.engine.Folders;
import nncourse.engine.Grade;
import nncourse.engine.KitLesson;
import nncourse.engine.Limits;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.ExerciseScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hang costs its own exercise only: the solutions with one exercise's methods made to spin forever
 * (allocating as they spin) lose points on that exercise and on no other — though the other exercises'
 * tests call the hanging code, they are graded again with the reference in its place. By default for
 * the exercise the others of lesson 03 call most, {@code Network.forward} (3.2); {@code -Dhangs=all} tries
 * every exercise in turn (half an hour: before a release, not on every build).
 */
@DisplayName("A submission that hangs")
class HangsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Set<String> SOME = Set.of("3.2");
    /** A line that starts a member of a top-level class: four spaces, then a word. */
    private static final Pattern MEMBER = Pattern.compile("^    [a-z]");
    private static final String SPIN = """
            java.util.List<double[]> spin = new java.util.ArrayList<>();
                    while (spin.size() >= 0) {
                        spin.add(new double[1024]);
                        if (spin.size() > 4096) {
                            spin.clear();
                        }
                    }
            """;
    private static final Engine ENGINE = new Engine(new Limits(Duration.ofSeconds(1), Duration.ofMinutes(2), 256,
            Duration.ofSeconds(30)));

    @TempDir
    static Path work;

    @AfterAll
    static void stopEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> costsItsOwnExerciseOnly() {
        boolean all = "all".equals(System.getProperty("hangs"));
        List<DynamicTest> tests = new ArrayList<>();
        for (KitLesson lesson : KitLesson.all(KIT)) {
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                if (all || SOME.contains(e.id())) {
                    tests.add(dynamicTest("in " + e.id() + " " + e.title() + " costs " + e.id() + " alone",
                            () -> check(lesson, e)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(KitLesson lesson, ExerciseInfo hanging) throws IOException {
        Path sources = Files.createTempDirectory(work, "hangs-");
        Folders.copy(lesson.solutionSources(), sources);
        String file = hanging.file().replaceFirst("^src/main/java/", "");
        Path target = sources.resolve(file);
        Files.writeString(target, spinning(Files.readString(lesson.stubSources().resolve(file), StandardCharsets.UTF_8),
                Files.readString(target, StandardCharsets.UTF_8), hanging.todoMarker()), StandardCharsets.UTF_8);

        Grade grade = ENGINE.grade(lesson, sources);
        for (ExerciseScore e : grade.score().exercises()) {
            if (e.info().id().equals(hanging.id())) {
                assertTrue(e.score() < e.info().points(), hanging.id() + " hangs and must lose points");
            } else {
                assertEquals(e.info().points(), e.score(), 1e-9, e.info().id() + " must keep every point: "
                        + e.failures().stream().map(f -> f.name() + ": " + f.message()).toList() + grade.notes());
            }
        }
    }

    /**
     * The solution with a spin at the start of each method whose stub holds {@code marker}: the stub's and
     * the solution's method share their declaration, from its first line (the nearest one above the marker
     * indented as a member of the class) to the line that opens its body.
     */
    private static String spinning(String stub, String solution, String marker) {
        List<String> lines = stub.lines().toList();
        Pattern todo = Pattern.compile(Pattern.quote(marker) + "(?![0-9])");
        String result = solution;
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (todo.matcher(lines.get(i)).find()) {
                int first = i - 1;
                while (first > 0 && !MEMBER.matcher(lines.get(first)).find()) {
                    first--;
                }
                int open = first;
                while (!lines.get(open).stripTrailing().endsWith("{")) {
                    open++;
                }
                String declaration = String.join("\n", lines.subList(first, open + 1)) + "\n";
                assertTrue(result.contains(declaration), "the solution has the stub's declaration " + declaration);
                result = result.replace(declaration, declaration + "        " + SPIN);
                found++;
            }
        }
        assertTrue(found > 0, "the stub marks " + marker);
        return result;
    }
}
