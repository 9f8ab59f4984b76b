package nncourse.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The two folder chores of grading: copying a tree of files, and deleting a folder. */
public final class Folders {

    private Folders() {
    }

    /** Copies the regular files below {@code from} (never following a link) to the same paths below {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes a folder and all below it, as far as it can: a temporary folder left behind fails nothing. */
    public static void delete(Path dir) {
        try {
            deleteOrThrow(dir);
        } catch (IOException | UncheckedIOException e) {
            // As said: best effort.
        }
    }

    /**
     * Deletes a folder (or a file) and all below it, never following a link; when something cannot be
     * deleted, deletes all else it can and then throws what went wrong first.
     */
    public static void deleteOrThrow(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        IOException first = null;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
