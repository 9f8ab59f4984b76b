package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The grading JVM")
class GradingJvmTest {

    @Test
    @DisplayName("is started for grade and autograde only, and only when the JIT was not chosen already")
    void startedForGradingOnly() {
        assertTrue(GradingJvm.shouldRestart(List.of("-Xmx1g"), new String[] {"grade", "--kit", "."}));
        assertTrue(GradingJvm.shouldRestart(List.of(), new String[] {"autograde"}));
        assertFalse(GradingJvm.shouldRestart(List.of(), new String[] {"release", "--kit", "."}));
        assertFalse(GradingJvm.shouldRestart(List.of(), new String[] {}));
        assertFalse(GradingJvm.shouldRestart(List.of("-XX:TieredStopAtLevel=1"), new String[] {"grade"}));
        assertFalse(GradingJvm.shouldRestart(List.of("-XX:-TieredCompilation"), new String[] {"grade"}));
    }

    @Test
    @DisplayName("gets this JVM's options but its agents and log files, C1 only, and the same command")
    void commandLine() {
        List<String> command = GradingJvm.command(Path.of("/jdk/bin/java"),
                List.of("-Xmx64m", "-javaagent:/a.jar", "-Xlog:gc:file=gc.log", "-Duser.language=ko"), "grader.jar",
                new String[] {"grade", "--out", "graded"});
        assertEquals(List.of("/jdk/bin/java", "-Xmx64m", "-Duser.language=ko", GradingJvm.C1_ONLY,
                "-Dnncourse.grader.restarted=true", "-cp", "grader.jar", GraderCommand.class.getName(),
                "grade", "--out", "graded"), command);
    }
}
