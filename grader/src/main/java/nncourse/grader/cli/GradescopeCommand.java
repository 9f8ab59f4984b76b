package nncourse.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nncourse.grader.gradescope.AutograderBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader gradescope --kit . --out autograder.zip}: the bundle to upload as a Gradescope autograder. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = {"Writes the zip to upload as a Gradescope programming assignment's autograder: setup.sh"
                + " (installs a JDK 17), run_autograder (grades /autograder/submission with the public and hidden"
                + " tests, as grade does, and writes /autograder/results/results.json), this grader and the"
                + " lessons with their hidden tests — no source of solutions/.", ""})
final class GradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT",
            description = "the course kit's folder, with solutions/ (default: the current folder)")
    private Path kit;

    @Option(names = "--out", defaultValue = "autograder.zip", paramLabel = "ZIP",
            description = "the bundle to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        Path root = Kit.root(kit);
        Path zip = out.toAbsolutePath().normalize();
        AutograderBundle.write(Kit.gradedLessons(root), AutograderBundle.graderJar(root), zip);
        spec.commandLine().getOut().printf("Wrote %s: upload it as the autograder of a Gradescope programming"
                + " assignment (see the README's Teachers section).%n", zip);
        return 0;
    }
}
