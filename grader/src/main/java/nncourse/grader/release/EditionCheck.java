package nncourse.grader.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nncourse.engine.KitLesson;
import nncourse.learner.KitPath;

/**
 * Proves that a student edition gives nothing away: no file of {@code solutions/}, no hidden test, no
 * grader, no file identical to one of {@code solutions/} — except the given files, which the lesson and
 * its solution hold identically at the same path (a finished {@code Sigmoid}, the data) — and, in every text
 * file it ships (sources, READMEs, notebooks, properties), no piece of a solution that its stub does not have,
 * compared line by line: a method body pasted into a README is caught.
 */
public final class EditionCheck {

    /** A line of code shorter than this, spaces collapsed ({@code }}, {@code return s;}), says nothing. */
    static final int MEANINGFUL = 12;
    /** The lines of a pasted piece of solution may be this far apart (a blank line, a comment between). */
    private static final int GAP = 3;

    private EditionCheck() {
    }

    /** What is wrong with the edition in {@code edition}, made from the kit in {@code kit}; empty when nothing. */
    public static List<String> breaches(Path kit, Path edition) {
        Path solutions = kit.resolve("solutions");
        Map<String, List<String>> pieces = solutionPieces(kit);
        Set<String> givenFiles = new HashSet<>();
        KitLesson.all(kit).forEach(l -> l.manifest().given().forEach(f -> givenFiles.add(l.name() + "/" + f)));
        Map<String, Path> solutionByHash = files(solutions).stream().filter(f -> size(f) > 0)
                .collect(Collectors.toMap(EditionCheck::sha256, f -> f, (a, b) -> a));
        List<String> breaches = new ArrayList<>();
        for (Path file : files(edition)) {
            String path = KitPath.of(edition, file);
            if (path.startsWith("solutions/")
                    || ParentPom.TEACHER_MODULES.stream().anyMatch(m -> path.startsWith(m + "/"))) {
                breaches.add(path + ": the edition has no solutions/ and none of " + ParentPom.TEACHER_MODULES);
            } else if (file.getFileName().toString().matches(".*Hidden.*Test.*\\.java")) {
                breaches.add(path + ": a hidden test");
            } else if (size(file) > 0 && solutionByHash.containsKey(sha256(file)) && !given(kit, path, file)) {
                breaches.add(path + ": identical to " + KitPath.of(kit, solutionByHash.get(sha256(file))));
            } else {
                solutionPiece(file, path, pieces, givenFiles).ifPresent(b -> breaches.add(path + ":" + b));
            }
        }
        return breaches;
    }

    /**
     * The exercises' code: each run of consecutive lines of a solution file that its stub does not have (a
     * method body, or what replaced a TODO), spaces collapsed, by where it comes from. Only runs of two lines
     * or more that say something count: a one-line body ({@code return 1 / (1 + Math.exp(-z));}) is also
     * the given code of a later lesson, and a lone {@code for} loop is in every test.
     */
    static Map<String, List<String>> solutionPieces(Path kit) {
        Map<String, List<String>> pieces = new LinkedHashMap<>();
        Path solutions = kit.resolve("solutions");
        for (Path solution : files(solutions)) {
            String path = KitPath.of(solutions, solution);
            if (!path.endsWith(".java") || !path.contains("/src/main/java/")) {
                continue;
            }
            Path stub = kit.resolve(path);
            Set<String> stubLines = Files.isRegularFile(stub) ? new HashSet<>(normalizedLines(stub)) : Set.of();
            List<String> all = normalizedLines(solution);
            List<String> piece = new ArrayList<>();
            for (int i = 0; i <= all.size(); i++) {
                String line = i < all.size() ? all.get(i) : "";
                if (i < all.size() && !stubLines.contains(line)) {
                    if (says(line)) {
                        piece.add(line);
                    }
                } else if (!piece.isEmpty()) {
                    if (piece.size() >= 2) {
                        pieces.put("solutions/" + path + ":" + (i - piece.size() + 1), List.copyOf(piece));
                    }
                    piece.clear();
                }
            }
        }
        return pieces;
    }

    /** Whether a line of code says something: not a brace, a comment, an import or an annotation. */
    private static boolean says(String line) {
        return line.length() >= MEANINGFUL && !line.matches("(\\*|//|/\\*|import |package |@).*");
    }

    /**
     * The first piece of a solution that a shipped text file holds — its lines in order, each within a few
     * lines of the one before — as " 12: the code of solutions/…:34"; none in a file its lesson gives finished.
     */
    private static Optional<String> solutionPiece(Path file, String path, Map<String, List<String>> pieces,
                                                  Set<String> givenFiles) {
        String name = file.getFileName().toString();
        if (givenFiles.contains(path) || !name.matches(".*\\.(java|md|ipynb|jsh|properties|txt|yml|yaml|xml|html)")) {
            return Optional.empty();
        }
        List<String> lines = name.endsWith(".ipynb") ? notebookLines(file) : normalizedLines(file);
        for (Map.Entry<String, List<String>> piece : pieces.entrySet()) {
            int at = holds(lines, piece.getValue());
            if (at >= 0) {
                return Optional.of((at + 1) + ": the code of " + piece.getKey() + ", an exercise's solution");
            }
        }
        return Optional.empty();
    }

    /** Where {@code lines} hold {@code piece} in order, at most {@link #GAP} lines apart: its first line, or −1. */
    private static int holds(List<String> lines, List<String> piece) {
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).equals(piece.get(0))) {
                continue;
            }
            int at = start;
            int found = 1;
            for (int i = at + 1; i < lines.size() && i <= at + GAP && found < piece.size(); i++) {
                if (lines.get(i).equals(piece.get(found))) {
                    at = i;
                    found++;
                }
            }
            if (found == piece.size()) {
                return start;
            }
        }
        return -1;
    }

    /** The lines of every cell of a notebook, code and text, spaces collapsed. */
    private static List<String> notebookLines(Path file) {
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode cell : new ObjectMapper().readTree(file.toFile()).path("cells")) {
                JsonNode source = cell.path("source");
                StringBuilder text = new StringBuilder(source.asText());
                source.forEach(part -> text.append(part.asText()));
                text.toString().lines().map(EditionCheck::normalized).forEach(lines::add);
            }
        } catch (IOException e) {
            return normalizedLines(file);
        }
        return lines;
    }

    private static String normalized(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static List<String> normalizedLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(EditionCheck::normalized).toList();
        } catch (IOException e) {
            return List.of();
        }
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
