package nncourse.grader.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nncourse.grader.GraderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The teacher's command line: {@code java -jar grader/target/grader.jar <command>}, with the commands
 * {@code release} (write the student edition) and {@code grade} (grade a folder of submissions).
 * Problems are reported in one line starting with "grader:", never as a stack trace.
 */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "nn-course grader 1.0",
        subcommands = {ReleaseCommand.class, GradeCommand.class, SimilarCommand.class, GradescopeCommand.class,
            AutogradeCommand.class, EditCommand.class, CommandLine.HelpCommand.class},
        description = {"Hands out the student edition of the nn-course kit and grades submissions with the"
                + " public and hidden tests.", ""},
        footer = {"", "Start with:  java -jar grader/target/grader.jar grade --kit . --out ../graded"})
public final class GraderCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: release, grade, gradescope or autograde");
    }

    public static void main(String[] args) {
        if (GradingJvm.shouldRestart(args)) {
            int status = GradingJvm.restart(args);
            if (status >= 0) {
                System.exit(status);
            }
        }
        System.exit(execute(args));
    }

    /**
     * Runs the command line and returns its exit status: 0 done, 1 failed, 2 bad usage, 3 graded but some
     * submissions could not be graded ({@code grade}: a zip that would not unpack, a lesson not found).
     */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new GraderCommand()).setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("grader: " + describe(e)));
                    return 1;
                });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static String describe(Exception e) {
        if (e instanceof GraderException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "unexpected " + e.getClass().getSimpleName() + message
                + " (please report it with the command you ran)";
    }
}
