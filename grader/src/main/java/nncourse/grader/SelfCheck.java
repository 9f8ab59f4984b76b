package nncourse.grader;

import static nncourse.learner.Scoreboard.fraction;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nncourse.engine.Engine;
import nncourse.engine.Grade;
import nncourse.engine.KitLesson;
import nncourse.engine.Limits;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.ExerciseScore;
import nncourse.learner.Scoreboard;
import nncourse.learner.TestResult;

/**
 * The maintainers' proof that the kit is sound: with the engine, {@code solutions/} must score full
 * points on every test, public and hidden, and the untouched stubs must pass none (a graded test that
 * passes on a stub cannot fail). Every exercise needs public and hidden tests, and a lesson's points
 * add up to 100. Prints both gradings per exercise; exits 1 on any breach.
 */
public final class SelfCheck {

    private SelfCheck() {
    }

    public static void main(String[] args) {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> breaches = new ArrayList<>();
        List<KitLesson> lessons = KitLesson.all(kit);
        if (lessons.isEmpty()) {
            breaches.add("no lessons found in " + kit);
        }
        try (Engine engine = new Engine(Limits.DEFAULT)) {
            for (KitLesson lesson : lessons) {
                long start = System.nanoTime();
                Grade solution = engine.grade(lesson, lesson.solutionSources());
                Grade stub = engine.grade(lesson, lesson.stubSources());
                out.print(report(lesson, solution, stub, breaches));
                out.printf("  (graded twice in %.1f s)%n%n", (System.nanoTime() - start) / 1e9);
            }
        }
        if (breaches.isEmpty()) {
            out.println("Self-check passed: every lesson's solution scores 100 and its untouched stubs 0.");
        } else {
            out.println("Self-check FAILED:");
            breaches.forEach(b -> out.println("  - " + b));
        }
        System.exit(breaches.isEmpty() ? 0 : 1);
    }

    static String report(KitLesson lesson, Grade solution, Grade stub, List<String> breaches) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s · %s%n", lesson.name(), lesson.manifest().title()));
        s.append(String.format("  %-5s %-42s %9s %9s   %s%n", "", "exercise", "solution", "stub",
                "tests public+hidden"));
        if (lesson.manifest().points() != 100) {
            breaches.add(lesson.name() + ": the exercises' points add up to "
                    + Scoreboard.number(lesson.manifest().points()) + ", not 100");
        }
        for (int i = 0; i < lesson.manifest().exercises().size(); i++) {
            ExerciseScore sol = solution.score().exercises().get(i);
            ExerciseScore st = stub.score().exercises().get(i);
            ExerciseInfo e = sol.info();
            long hidden = sol.results().stream().filter(TestResult::hidden).count();
            long open = sol.total() - hidden;
            s.append(String.format("  %-5s %-42s %9s %9s   %d+%d%n", e.id(), e.title(),
                    fraction(sol.score(), e.points()), fraction(st.score(), e.points()), open, hidden));
            if (open == 0 || hidden == 0) {
                breaches.add(lesson.name() + " " + e.id() + ": needs public and hidden tests (has " + open + "+"
                        + hidden + ")");
            }
            sol.failures().forEach(f -> breaches.add(lesson.name() + " " + e.id() + ": the solution fails \""
                    + f.name() + "\": " + f.message()));
            st.results().stream().filter(TestResult::passed).forEach(f -> breaches.add(lesson.name() + " " + e.id()
                    + ": \"" + f.name() + "\" passes on the untouched stub, so it cannot fail"));
        }
        s.append(String.format("  %-5s %-42s %9s %9s%n", "", "total",
                fraction(solution.score().score(), solution.score().points()),
                fraction(stub.score().score(), stub.score().points())));
        solution.score().problems().forEach(p -> breaches.add(lesson.name() + " solution: " + p));
        stub.score().problems().forEach(p -> breaches.add(lesson.name() + " stub: " + p));
        solution.compileErrors().forEach(p -> breaches.add(lesson.name() + " solution: " + p));
        stub.compileErrors().forEach(p -> breaches.add(lesson.name() + " stub: " + p));
        return s.toString();
    }
}
