package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Example;
import nncourse.grader.batch.Gradebook;
import nncourse.grader.batch.SolutionEdit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The kit's one load test: the same submissions graded on a quiet machine and beside a CPU hog — five
 * busy processes per core, the load at which wall-clock limits used to cost correct code points — get
 * the same gradebook, to the last exercise. Among them: a complete submission, the half-done example,
 * and one whose {@code NeuronTraining.accuracy} (2.6) never ends, allocating as it spins, which must
 * cost 2.6 alone (its edit of the solutions: {@code src/test/resources/busy-machine.yaml}).
 */
@DisplayName("grader grade on a busy machine")
class BusyMachineTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final String L2 = "lesson-02-artificial-neuron";
    private static final int HOGS_PER_CORE = 5;
    private static final Path HANG = KIT.resolve("grader/src/test/resources/busy-machine.yaml");

    @TempDir
    Path dir;

    @Test
    @DisplayName("gives every submission the same row beside five busy processes per core as on a quiet machine")
    void sameGradesUnderLoad() throws Exception {
        Path submissions = layOut();
        String quiet = grade(submissions, dir.resolve("quiet"));
        List<Process> hogs = new ArrayList<>();
        String busy;
        String load;
        try {
            for (int i = 0; i < HOGS_PER_CORE * Runtime.getRuntime().availableProcessors(); i++) {
                hogs.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            busy = grade(submissions, dir.resolve("busy"));
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } finally {
            hogs.forEach(Process::destroyForcibly);
        }
        assertEquals(quiet, busy, "the same rows beside the hog (load average " + load + ")");
        List<String> header = List.of(quiet.lines().findFirst().orElseThrow().split(",", -1));
        List<String> complete = row(quiet, "complete");
        List<String> hangs = row(quiet, "hangs-in-accuracy");
        assertEquals("300", complete.get(header.indexOf("total")), quiet);
        for (int i = 1; i < header.size(); i++) {
            boolean charged = header.get(i).equals("2.6") || header.get(i).equals(L2) || header.get(i).equals("total");
            assertEquals(!charged, complete.get(i).equals(hangs.get(i)), "the hang costs 2.6 and nothing else, yet "
                    + header.get(i) + " differs:\n" + quiet);
        }
    }

    private static List<String> row(String gradebook, String submission) {
        return gradebook.lines().filter(r -> r.startsWith(submission + ",")).findFirst()
                .map(r -> List.of(r.split(",", -1))).orElseThrow(() -> new AssertionError("no row " + submission));
    }

    /** The gradebook that {@code grader grade} writes for the submissions. */
    private static String grade(Path submissions, Path out) throws IOException {
        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new GraderCommand());
        cli.setOut(new PrintWriter(printed));
        int status = cli.execute("grade", "--kit", KIT.toString(), "--submissions", submissions.toString(),
                "--out", out.toString(), "--jobs", "2", "--test-timeout", "2s");
        assertEquals(0, status, printed.toString());
        return Files.readString(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
    }

    private Path layOut() throws IOException {
        Path submissions = dir.resolve("submissions");
        List<KitLesson> lessons = KitLesson.all(KIT);
        Path complete = submissions.resolve("complete");
        for (KitLesson lesson : lessons) {
            Folders.copy(lesson.stubSources(), complete.resolve(lesson.name()).resolve("src/main/java"));
            Folders.copy(lesson.solutionSources(), complete.resolve(lesson.name()).resolve("src/main/java"));
        }
        for (SolutionEdit hang : SolutionEdit.read(HANG, Set.of())) {
            Folders.copy(complete, submissions.resolve(hang.name()));
            hang.applyIn(submissions.resolve(hang.name()));
        }
        for (Example e : Example.in(KIT)) {
            if (e.name().equals("half-done")) {
                e.build(KIT, lessons, submissions.resolve(e.name()));
            }
        }
        return submissions;
    }
}
