package nncourse.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nncourse.grader.batch.Submission;

/**
 * One lesson's sources of every submission, copied into a folder per submission under one root: JPlag
 * takes each subfolder of a root as one submission. Only the {@code .java} files that are files of their
 * own are copied, so a link in a submission never lets JPlag read something outside it.
 */
final class LessonSources {

    /** A source larger than this is no hand-written lesson file: it is left out, with a note. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private LessonSources() {
    }

    /**
     * Copies the lesson's {@code src/main/java} of each submission into {@code root/<submission>}.
     *
     * @return the names of the submissions that have the lesson with at least one Java file
     */
    static List<String> copy(String lesson, List<Submission> submissions, Path root, List<String> notes) {
        List<String> copied = new ArrayList<>();
        for (Submission submission : submissions) {
            if (submission.problem() != null) {
                notes.add(submission.name() + ": " + submission.problem());
                continue;
            }
            var sources = submission.sources(lesson);
            if (sources.isEmpty()) {
                notes.add(submission.name() + ": has no " + lesson + "/src/main/java");
                continue;
            }
            if (javaFiles(sources.get(), root.resolve(submission.name()), notes, submission.name()) > 0) {
                copied.add(submission.name());
            } else {
                notes.add(submission.name() + ": no Java file in " + lesson + "/src/main/java");
            }
        }
        return copied;
    }

    /** Copies the Java files below {@code from} to the same places below {@code to}; returns how many. */
    static int javaFiles(Path from, Path to, List<String> notes, String who) {
        int count = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java")) {
                    continue;
                }
                if (Files.size(file) > MAX_FILE_BYTES) {
                    notes.add(who + ": left out " + from.relativize(file) + ", larger than 1 MB");
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
