package nncourse.grader.cli;

import static nncourse.learner.Scoreboard.fraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.engine.Sandbox;
import nncourse.grader.batch.BatchGrader;
import nncourse.grader.batch.Feedback;
import nncourse.grader.batch.GradescopeResults;
import nncourse.grader.batch.SubmissionGrade;
import nncourse.grader.gradescope.UploadedSubmission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader autograde}: what the Gradescope bundle's {@code run_autograder} runs for one
 * submission — the same engine, tests, points and limits as {@code grade}.
 */
@Command(name = "autograde", mixinStandardHelpOptions = true,
        description = {"Grades one submission as Gradescope hands it over (the student edition, a zip of it, or"
                + " only the lesson source files) and writes its results.json; run_autograder calls it.", ""})
final class AutogradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kit", required = true, paramLabel = "KIT", description = "the lessons with their hidden tests")
    private Path kit;

    @Option(names = "--submission", required = true, paramLabel = "DIR", description = "the learner's files")
    private Path submission;

    @Option(names = "--results", required = true, paramLabel = "FILE", description = "where results.json goes")
    private Path results;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() throws IOException {
        List<KitLesson> lessons = Kit.gradedLessons(kit.toAbsolutePath().normalize());
        Path work = Files.createTempDirectory("nn-autograde-");
        Path resultsDir = results.toAbsolutePath().normalize().getParent();
        Files.createDirectories(resultsDir);
        Sandbox.hide(List.of(kit.toAbsolutePath().normalize(), submission.toAbsolutePath().normalize(), work,
                resultsDir));
        SubmissionGrade grade;
        try {
            var uploaded = UploadedSubmission.read(submission.toAbsolutePath().normalize(), work, lessons);
            grade = new BatchGrader(lessons, limitOptions.limits(), 1).gradeAll(List.of(uploaded), g -> { }).get(0);
        } finally {
            Folders.delete(work);
        }
        // Whatever the submission started is gone before its results are written, so nothing rewrites them.
        Sandbox.killAllWorkers();
        GradescopeResults.write(results, grade);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Graded: %s%n%n", fraction(grade.score(), grade.points()));
        w.print(Feedback.of(grade));
        return 0;
    }
}
