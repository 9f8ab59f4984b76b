package nncourse.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nncourse.grader.release.StudentEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader release --kit . --out DIR}: writes the student edition to DIR and DIR.zip. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Writes the student edition to DIR and DIR.zip: the lessons with their stubs and public"
                + " tests, the notebooks with outputs cleared, the README(s), the Maven wrapper and a GitHub"
                + " Classroom workflow with points per exercise. No solution and no hidden test is in it;"
                + " that is checked file by file before it is written.", ""})
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT",
            description = "the course kit's folder (default: the current folder)")
    private Path kit;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "where to write the student edition (a new or empty folder)")
    private Path out;

    @Option(names = "--force", description = "replace DIR if it already holds files")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        StudentEdition.Result r = StudentEdition.release(Kit.root(kit), out, force);
        int points = r.steps().stream().mapToInt(s -> s.points()).sum();
        w.printf("Wrote the student edition to %s (%d files) and %s.%n", r.folder(), r.files(), r.zip());
        w.printf("  GitHub Classroom: .github/workflows/classroom.yml tests once and reports %d exercises with"
                + " the scoreboard's partial credit, %d points in all. Leave Classroom's own test list empty.%n",
                r.steps().size(), points);
        w.println("  Checked file by file and line by line: no file of solutions/, no hidden test, no piece of"
                + " a solution.");
        r.notes().forEach(n -> w.println("  Note: " + n));
        w.printf("Learners run ./mvnw test in it and see their scoreboard. Make it the starter repository of a"
                + " GitHub Classroom assignment, or hand out %s.%n", r.zip().getFileName());
        return 0;
    }
}
