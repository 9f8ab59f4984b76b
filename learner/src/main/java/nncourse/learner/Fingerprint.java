package nncourse.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a lesson's files were when its tests ran: a SHA-256 over the path and content of every file below
 * its {@code src/}, kept beside the results. The build decides by the files' dates whether to test again;
 * this catches a file put back with an old date.
 */
final class Fingerprint {

    static final String RECORDED = "target/scoreboard/fingerprint.txt";

    private Fingerprint() {
    }

    /** The fingerprint of the lesson's files as they are now. */
    static String of(Path lessonDir) {
        Path src = lessonDir.resolve("src");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(src)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(src)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    sha.update(KitPath.of(src, file)
                            .getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint recorded with the lesson's last results, or "" when there is none. */
    static String recorded(Path lessonDir) {
        try {
            Path file = lessonDir.resolve(RECORDED);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static void record(Path lessonDir, String fingerprint) throws IOException {
        Files.writeString(lessonDir.resolve(RECORDED), fingerprint, StandardCharsets.UTF_8);
    }

    /**
     * Makes the lesson's last results stale, so that the next build tests it again, and takes away its
     * classes, which Maven's compiler, judging by dates too, would otherwise keep.
     */
    static void forget(Path lessonDir) {
        for (String classes : List.of("target/classes", "target/test-classes")) {
            delete(lessonDir.resolve(classes));
        }
        try {
            Files.deleteIfExists(lessonDir.resolve(RECORDED));
            Path results = lessonDir.resolve(ScoreboardListener.RESULTS);
            if (Files.exists(results)) {
                Files.setLastModifiedTime(results, FileTime.fromMillis(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
