package nncourse.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nncourse.grader.GraderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code grader similar}: the similarity check, run as a process of its own from the kit's
 * {@code similarity/target/similarity.jar}. That jar bundles JPlag, which is under the GPL-3.0; the grader
 * only starts it, so that {@code grader.jar} holds no JPlag and stays under the kit's own license.
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Compares the submissions lesson by lesson with JPlag (the stubs as base code) and writes"
                + " OUT/similarity.html and OUT/similarity.csv: runs similarity/target/similarity.jar, which"
                + " `./mvnw -q package -DskipTests` builds. Further options go to it (--threshold PERCENT).", ""})
final class SimilarCommand implements Callable<Integer> {

    static final String JAR = "similarity/target/similarity.jar";

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT", description = "the course kit's folder")
    private Path kit;

    @Option(names = "--submissions", required = true, paramLabel = "DIR", description = "the folder of submissions")
    private Path submissions;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where to write the report")
    private Path out;

    @Unmatched
    private List<String> more = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = Kit.root(kit);
        Path jar = root.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new GraderException(jar + " is not built yet: run ./mvnw -q package -DskipTests in " + root);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "--kit", root.toString(), "--submissions",
                submissions.toAbsolutePath().toString(), "--out", out.toAbsolutePath().toString()));
        command.addAll(more);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
