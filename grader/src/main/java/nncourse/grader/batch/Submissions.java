package nncourse.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nncourse.grader.GraderException;
import nncourse.learner.Messages;

/**
 * The submissions in a folder: every subfolder, and every {@code .zip} file (unpacked into a folder
 * of the caller's), is one submission named by its folder or file name.
 */
public final class Submissions {

    private Submissions() {
    }

    /**
     * @param dir     the folder of submissions
     * @param unzipTo where zipped submissions are unpacked
     * @param notes   told about files that are neither a folder nor a zip
     */
    public static List<Submission> in(Path dir, Path unzipTo, List<String> notes) {
        if (!Files.isDirectory(dir)) {
            throw new GraderException("--submissions " + dir + " is not a folder");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new GraderException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        List<Submission> submissions = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path entry : entries) {
            String file = entry.getFileName().toString();
            if (file.startsWith(".") || file.equals("__MACOSX")) {
                continue;
            }
            if (Files.isSymbolicLink(entry)) {
                notes.add("ignored " + entry + ": a link; a submission is a folder or a .zip file of its own");
                continue;
            }
            boolean zip = Files.isRegularFile(entry) && file.toLowerCase(Locale.ROOT).endsWith(".zip");
            if (!zip && !Files.isDirectory(entry)) {
                notes.add("ignored " + entry + ": a submission is a folder or a .zip file");
                continue;
            }
            String name = zip ? file.substring(0, file.length() - ".zip".length()) : file;
            Path other = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
            if (other != null) {
                throw new GraderException("two submissions are named " + name + ": " + other.getFileName() + " and "
                        + file + " — rename or remove one");
            }
            submissions.add(zip ? unzip(name, entry, unzipTo.resolve(name)) : Submission.of(name, entry));
        }
        if (submissions.isEmpty()) {
            throw new GraderException("no submissions in " + dir + ": put one folder or .zip file per learner there");
        }
        return submissions;
    }

    private static Submission unzip(String name, Path zip, Path target) {
        try {
            SafeUnzip.javaSources(zip, target);
            return Submission.of(name, target);
        } catch (IOException | RuntimeException e) {
            return new Submission(name, target, Messages.get("submission.notUnpacked", zip.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
