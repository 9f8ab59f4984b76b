package nncourse.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nncourse.grader.GraderException;
import nncourse.grader.batch.Example;
import nncourse.grader.batch.SolutionEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grader edit}, left out of the help: makes an example submission's edits in submissions laid out
 * elsewhere. {@code bench/grading-speed.sh} makes its broken submissions so: complete ones, with the slip of
 * {@code grader/examples/does-not-compile}.
 */
@Command(name = "edit", hidden = true, mixinStandardHelpOptions = true,
        description = {"Makes the edits of an example submission (grader/examples/NAME/example.yaml) in each"
                + " SUBMISSION folder, laid out as a learner hands it in.", ""})
final class EditCommand implements Callable<Integer> {

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT", description = "the course kit's folder")
    private Path kit;

    @Option(names = "--example", required = true, paramLabel = "NAME", description = "the example whose edits to make")
    private String example;

    @Parameters(arity = "1..*", paramLabel = "SUBMISSION", description = "the submission folders to edit")
    private List<Path> submissions;

    @Override
    public Integer call() {
        Example named = Example.in(Kit.root(kit)).stream().filter(e -> e.name().equals(example)).findFirst()
                .orElseThrow(() -> new GraderException("no example " + example + " in grader/examples"));
        if (named.edits().isEmpty()) {
            throw new GraderException("the example " + example + " has no edits to make");
        }
        for (Path submission : submissions) {
            for (SolutionEdit edit : named.edits()) {
                edit.applyIn(submission);
            }
        }
        return 0;
    }
}
