package nncourse.grader.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;

/**
 * Writes the student edition of a kit: the modules learners build (the lessons with their stubs and
 * public tests, {@code learner}, {@code scoreboard}), the Maven wrapper, the README(s) without the
 * teachers' sections, the notebooks with outputs cleared, a parent POM without the grader and the
 * solutions profile, and a GitHub Classroom workflow — then proves with {@link EditionCheck} that no
 * solution is in it, and zips it.
 */
public final class StudentEdition {

    /** Files of the kit's root that learners get as they are. */
    private static final List<String> ROOT_FILES = List.of("mvnw", "mvnw.cmd", ".gitignore", ".gitattributes",
            "LICENSE");
    private static final List<String> ROOT_FOLDERS = List.of(".mvn");
    private static final String NOTEBOOKS = "notebooks";
    /** Build output and editor files, never copied. */
    private static final Set<String> SKIPPED = Set.of("target", ".idea", ".vscode", ".settings", ".classpath",
            ".project", ".DS_Store", ".ipynb_checkpoints", "__pycache__", ".venv");

    /**
     * @param folder the edition
     * @param zip    the edition zipped
     * @param files  how many files it has
     * @param steps  the graded steps of its Classroom workflow
     * @param notes  what the teacher should know (points the Classroom rounds, a missing file)
     */
    public record Result(Path folder, Path zip, long files, List<ClassroomWorkflow.Step> steps, List<String> notes) {}

    private StudentEdition() {
    }

    public static Result release(Path kit, Path out, boolean force) {
        Path kitRoot = kit.toAbsolutePath().normalize();
        Path folder = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(kitRoot.resolve("pom.xml"))) {
            throw new GraderException(kitRoot + " is not the course kit: it has no pom.xml"
                    + " (use --kit to name the kit's folder)");
        }
        ParentPom pom = ParentPom.read(kitRoot.resolve("pom.xml")).forLearners();
        List<String> modules = pom.modules();
        List<KitLesson> lessons = KitLesson.all(kitRoot).stream().filter(l -> modules.contains(l.name())).toList();
        if (lessons.isEmpty()) {
            throw new GraderException("no lessons in " + kitRoot
                    + " (folders lesson-*/ with src/test/resources/exercises.properties, listed as modules in"
                    + " pom.xml)");
        }
        checkTarget(kitRoot, folder, modules, force);
        List<String> notes = new ArrayList<>();
        ClassroomWorkflow.fractionalPoints(lessons).forEach(e -> notes.add("exercise " + e
                + ": GitHub Classroom counts whole points only, so it is worth the rounded number there"));
        String workflow = ClassroomWorkflow.yaml(lessons);
        try {
            Files.createDirectories(folder);
            for (String name : ROOT_FILES) {
                Path file = kitRoot.resolve(name);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, folder.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                } else if (name.startsWith("mvnw")) {
                    notes.add("the kit has no " + name + ": learners need the Maven wrapper");
                }
            }
            for (Path readme : readmes(kitRoot)) {
                Files.writeString(folder.resolve(readme.getFileName()),
                        LearnerReadme.of(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
            for (String name : ROOT_FOLDERS) {
                copyTree(kitRoot.resolve(name), folder.resolve(name));
            }
            for (String module : modules) {
                if (!Files.isDirectory(kitRoot.resolve(module))) {
                    throw new GraderException("pom.xml lists the module " + module + ", but " + kitRoot
                            + " has no such folder");
                }
                copyTree(kitRoot.resolve(module), folder.resolve(module));
            }
            copyTree(kitRoot.resolve(NOTEBOOKS), folder.resolve(NOTEBOOKS));
            pom.write(folder.resolve("pom.xml"));
            Path workflowFile = folder.resolve(ClassroomWorkflow.PATH);
            Files.createDirectories(workflowFile.getParent());
            Files.writeString(workflowFile, workflow, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GraderException("cannot write the student edition to " + folder + ": " + e.getMessage(), e);
        }
        List<String> breaches = EditionCheck.breaches(kitRoot, folder);
        if (!breaches.isEmpty()) {
            deleteTree(folder);
            throw new GraderException("the student edition would give solutions away, so it was not written:\n  "
                    + String.join("\n  ", breaches));
        }
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        deleteTree(zip);
        ZipFolder.zip(folder, zip);
        return new Result(folder, zip, countFiles(folder), ClassroomWorkflow.steps(lessons), notes);
    }

    private static void checkTarget(Path kit, Path folder, List<String> modules, boolean force) {
        if (kit.startsWith(folder)) {
            throw new GraderException("--out " + folder + " holds the kit itself; name a new folder for the"
                    + " student edition");
        }
        for (String inside : Stream.concat(modules.stream(), Stream.of(NOTEBOOKS, ".mvn", "solutions")).toList()) {
            if (folder.startsWith(kit.resolve(inside))) {
                throw new GraderException("--out " + folder + " is inside the kit's " + inside
                        + "/, which the edition copies; name a folder outside it");
            }
        }
        if (Files.isRegularFile(folder)) {
            throw new GraderException("--out " + folder + " is a file; name a folder");
        }
        if (Files.isDirectory(folder) && !isEmpty(folder)) {
            if (!force) {
                throw new GraderException(folder + " already exists and is not empty: name a new folder,"
                        + " or add --force to replace it");
            }
            deleteTree(folder);
        }
    }

    private static List<Path> readmes(Path kit) throws IOException {
        try (Stream<Path> files = Files.list(kit)) {
            return files.filter(f -> f.getFileName().toString().matches("README.*\\.md") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !skipped(file)) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (file.getFileName().toString().endsWith(".ipynb")) {
                        Notebooks.copyCleared(file, target);
                    } else if (file.getFileName().toString().equals(Notebooks.SETUP)) {
                        Notebooks.copySetupForLearners(file, target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean skipped(Path path) {
        String name = path.getFileName().toString();
        return SKIPPED.contains(name) || name.endsWith(".iml");
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new GraderException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new GraderException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path path) {
        try {
            Folders.deleteOrThrow(path);
        } catch (IOException e) {
            throw new GraderException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
