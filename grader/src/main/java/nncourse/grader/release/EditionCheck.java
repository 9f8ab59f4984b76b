package nncourse.grader.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves that a student edition gives nothing away: no file of {@code solutions/}, no hidden test, no
 * grader, and no file identical to one of {@code solutions/} — except the given files, which the
 * lesson and its solution hold identically at the same path (a finished {@code Sigmoid}, the data).
 */
public final class EditionCheck {

    private EditionCheck() {
    }

    /** What is wrong with the edition in {@code edition}, made from the kit in {@code kit}; empty when nothing. */
    public static List<String> breaches(Path kit, Path edition) {
        Path solutions = kit.resolve("solutions");
        Map<String, Path> solutionByHash = files(solutions).stream().filter(f -> size(f) > 0)
                .collect(Collectors.toMap(EditionCheck::sha256, f -> f, (a, b) -> a));
        List<String> breaches = new ArrayList<>();
        for (Path file : files(edition)) {
            String path = edition.relativize(file).toString().replace('\\', '/');
            if (path.startsWith("solutions/")
                    || ParentPom.TEACHER_MODULES.stream().anyMatch(m -> path.startsWith(m + "/"))) {
                breaches.add(path + ": the edition has no solutions/ and none of " + ParentPom.TEACHER_MODULES);
            } else if (file.getFileName().toString().matches(".*Hidden.*Test.*\\.java")) {
                breaches.add(path + ": a hidden test");
            } else if (size(file) > 0 && solutionByHash.containsKey(sha256(file)) && !given(kit, path, file)) {
                breaches.add(path + ": identical to " + kit.relativize(solutionByHash.get(sha256(file)))
                        .toString().replace('\\', '/'));
            }
        }
        return breaches;
    }

    /** A file the learner is given finished: the lesson and its solution hold it identically at this path. */
    private static boolean given(Path kit, String path, Path file) {
        Path stub = kit.resolve(path);
        Path solution = kit.resolve("solutions").resolve(path);
        return Files.isRegularFile(stub) && Files.isRegularFile(solution)
                && sha256(stub).equals(sha256(file)) && sha256(solution).equals(sha256(file));
    }

    /** The files below {@code root}, less build output ({@code target/}). */
    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> !isBuildOutput(root.relativize(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
