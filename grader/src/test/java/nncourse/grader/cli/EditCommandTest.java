package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nncourse.engine.Folders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code grader edit}, which bench/grading-speed.sh calls to make its broken submissions. */
@DisplayName("grader edit")
class EditCommandTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final String L1 = "lesson-01-logistic-regression";
    private static final String FILE = "src/main/java/nncourse/lesson01/LogisticRegression.java";

    @TempDir
    Path dir;

    @Test
    @DisplayName("makes the does-not-compile example's slip in each submission named, and nothing else")
    void makesTheSlip() throws IOException {
        String solved = Files.readString(KIT.resolve("solutions").resolve(L1).resolve(FILE), StandardCharsets.UTF_8);
        for (String submission : new String[] {"s000", "s001"}) {
            Folders.copy(KIT.resolve("solutions").resolve(L1).resolve("src/main/java"),
                    dir.resolve(submission).resolve(L1).resolve("src/main/java"));
        }
        assertEquals(0, execute("edit", "--kit", KIT.toString(), "--example", "does-not-compile",
                dir.resolve("s000").toString(), dir.resolve("s001").toString()));
        for (String submission : new String[] {"s000", "s001"}) {
            assertEquals(solved.replace("return Sigmoid.sigmoid(z);", "return Sigmoid.sigmoid(z)"),
                    Files.readString(dir.resolve(submission).resolve(L1).resolve(FILE), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("fails, saying why, for an example without edits, and is not in the help")
    void noEdits() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new GraderCommand()).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(e.getMessage());
                    return 1;
                });
        assertEquals(1, cli.execute("edit", "--kit", KIT.toString(), "--example", "complete", dir.toString()));
        assertTrue(err.toString().contains("the example complete has no edits to make"), err.toString());
        assertTrue(cli.getUsageMessage().contains("\n  grade "), cli.getUsageMessage());
        assertFalse(cli.getUsageMessage().contains("\n  edit "), cli.getUsageMessage());
    }

    private static int execute(String... args) {
        return new CommandLine(new GraderCommand()).execute(args);
    }
}
