package nncourse.grader.gradescope;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.grader.release.ZipFolder;

/**
 * The zip Gradescope's autograder expects: {@code setup.sh} and {@code run_autograder} at its root,
 * which Gradescope unpacks into {@code /autograder/source}. Beside them: {@code grader.jar} (this
 * grader, with the engine) and {@code kit/}, the lessons as the engine grades them — stubs, data,
 * public tests, manifests — and the hidden tests, but no source of {@code solutions/}' reference code.
 */
public final class AutograderBundle {

    /** Where the lessons lie in the bundle. */
    public static final String KIT = "kit";
    public static final String JAR = "grader.jar";

    private static final String SETUP = """
            #!/usr/bin/env bash
            # Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu).
            set -euo pipefail
            if ! javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
              apt-get update -q
              DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless
            fi
            javac -version
            """;

    private static final String RUN = """
            #!/usr/bin/env bash
            # Gradescope runs this for every submission, from /autograder: it grades the files in
            # submission/ with the public and hidden tests and writes results/results.json.
            # AUTOGRADER_ROOT names another root, to try the bundle without Gradescope.
            set -euo pipefail
            root=${AUTOGRADER_ROOT:-/autograder}
            mkdir -p "$root/results"
            # The kit (hidden tests), the submission, the results and what else Gradescope puts in the root
            # (submission_metadata.json: names, e-mails, earlier results) for the grader's user alone: the
            # student's code runs as another user (see the README on grading untrusted code).
            chmod 700 "$root" "$root/source" "$root/submission" "$root/results"
            exec java -jar "$root/source/grader.jar" autograde --kit "$root/source/kit" \\
              --submission "$root/submission" --results "$root/results/results.json"
            """;

    private AutograderBundle() {
    }

    /** Writes the bundle of {@code lessons} to {@code zip}, with {@code jar} as its grader. */
    public static void write(List<KitLesson> lessons, Path jar, Path zip) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("nn-autograder-");
            write(staging.resolve("setup.sh"), SETUP);
            write(staging.resolve("run_autograder"), RUN);
            Files.copy(jar, staging.resolve(JAR));
            for (KitLesson lesson : lessons) {
                Path lessonDir = staging.resolve(KIT).resolve(lesson.name());
                for (String part : List.of("src/main/java", "src/main/resources", "src/test/java",
                        "src/test/resources")) {
                    Folders.copy(lesson.dir().resolve(part), lessonDir.resolve(part));
                }
                Path hidden = staging.resolve(KIT).resolve("solutions").resolve(lesson.name());
                Folders.copy(lesson.hiddenTests(), hidden.resolve("src/test/java"));
                Folders.copy(lesson.hiddenTests().resolveSibling("resources"), hidden.resolve("src/test/resources"));
            }
            Files.deleteIfExists(zip);
            ZipFolder.zip(staging, zip, "");
        } catch (IOException e) {
            throw new GraderException("cannot write " + zip + ": " + e.getMessage(), e);
        } finally {
            Folders.delete(staging);
        }
    }

    /**
     * The grader's own jar: the one this code runs from, or else (when it runs from its classes, as in
     * the kit's tests) {@code grader/target/grader.jar} of the kit.
     */
    public static Path graderJar(Path kit) {
        try {
            Path running = Path.of(AutograderBundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
                return running;
            }
        } catch (URISyntaxException | SecurityException e) {
            // Fall back to the kit's build below.
        }
        Path built = kit.resolve("grader/target/grader.jar");
        if (!Files.isRegularFile(built)) {
            throw new GraderException("no grader.jar to put in the bundle: build it with"
                    + " ./mvnw -q package -DskipTests");
        }
        return built;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the zip marks the scripts executable all the same.
        }
    }
}
