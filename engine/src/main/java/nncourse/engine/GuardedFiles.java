package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files that the tests read and a submission must not change — the lessons' stubs, data and compiled
 * tests — laid out in a folder from bytes kept in memory. {@link #changes} compares the folder with
 * those bytes; {@link #restore} lays it out again. The engine checks after every grading, so what one
 * submission writes there (the worker runs as the grader's user and can write anywhere it can) is
 * undone before the next is graded.
 */
final class GuardedFiles {

    private final Path root;
    private final Map<String, byte[]> files = new HashMap<>();

    GuardedFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Lays out {@code more} (by path below the root) and guards them too. */
    void add(Map<String, byte[]> more) {
        files.putAll(more);
        write(more);
    }

    /** The paths below the root that differ from what was laid out: changed, gone, added; sorted. */
    List<String> changes() {
        TreeSet<String> changed = new TreeSet<>();
        TreeSet<String> seen = new TreeSet<>();
        try (Stream<Path> walk = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            for (Path f : walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String name = root.relativize(f).toString().replace(File.separatorChar, '/');
                byte[] kept = files.get(name);
                seen.add(name);
                if (kept == null || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.size(f) != kept.length
                        || !Arrays.equals(Files.readAllBytes(f), kept)) {
                    changed.add(name);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            changed.add("(" + root.getFileName() + " could not be read: " + e.getMessage() + ")");
        }
        files.keySet().stream().filter(name -> !seen.contains(name)).forEach(changed::add);
        return new ArrayList<>(changed);
    }

    /**
     * Lays the files out again as they were, whatever is there now.
     *
     * @throws IllegalStateException if that did not work
     */
    void restore() {
        Folders.delete(root);
        write(files);
        List<String> still = changes();
        if (!still.isEmpty()) {
            throw new IllegalStateException("cannot put back the grader's files in " + root + ": " + still);
        }
    }

    private void write(Map<String, byte[]> some) {
        try {
            for (Map.Entry<String, byte[]> e : some.entrySet()) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the grader's files in " + root, e);
        }
    }
}
