package nncourse.grader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One learner's hand-in: a copy of the student edition, as a folder.
 *
 * @param name    the submission's name: its folder's or zip file's name
 * @param root    the folder holding its files
 * @param problem why it could not be read (a broken zip), or {@code null}
 */
public record Submission(String name, Path root, String problem) {

    /** How deep below the root a lesson folder is looked for: the edition may sit in a folder of its own. */
    private static final int MAX_DEPTH = 4;
    private static final Set<String> NOT_SEARCHED = Set.of("target", ".git", "__MACOSX", "node_modules");

    public static Submission of(String name, Path root) {
        return new Submission(name, root, null);
    }

    /** The lesson's {@code src/main/java} in this submission: the shallowest folder of that lesson's name. */
    public Optional<Path> sources(String lesson) {
        if (problem != null || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        Deque<Path> level = new ArrayDeque<>(List.of(root));
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<Path> next = new ArrayDeque<>();
            for (Path dir : level) {
                Path candidate = dir.resolve(lesson).resolve("src/main/java");
                if (realFolders(dir, candidate)) {
                    return Optional.of(candidate);
                }
                next.addAll(subfolders(dir));
            }
            level = next;
        }
        return Optional.empty();
    }

    /** Whether every folder from {@code dir} down to {@code folder} is a folder, none of them a link. */
    private static boolean realFolders(Path dir, Path folder) {
        for (Path p = folder; p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))
                    .filter(d -> !NOT_SEARCHED.contains(d.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
