package nncourse.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;

/** The course kit a command works on, checked before any work starts. */
final class Kit {

    private Kit() {
    }

    static Path root(Path kit) {
        Path root = kit.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new GraderException("--kit " + root + " is not a folder");
        }
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new GraderException(root + " is not the course kit (it has no pom.xml): run from the kit's"
                    + " folder or name it with --kit");
        }
        return root;
    }

    /** The kit's lessons, each with the hidden tests the teacher grades with. */
    static List<KitLesson> gradedLessons(Path root) {
        List<KitLesson> lessons = KitLesson.all(root);
        if (lessons.isEmpty()) {
            throw new GraderException("no lessons in " + root
                    + " (folders lesson-*/ with src/test/resources/exercises.properties)");
        }
        if (!Files.isDirectory(root.resolve("solutions"))) {
            throw new GraderException(root + " has no solutions/ folder, so there are no hidden tests to grade with:"
                    + " grade from the teacher's kit, not from a student edition");
        }
        for (KitLesson lesson : lessons) {
            if (!Files.isDirectory(lesson.hiddenTests())) {
                throw new GraderException("lesson " + lesson.name() + " has no hidden tests: "
                        + root.relativize(lesson.hiddenTests()) + " is missing");
            }
        }
        return lessons;
    }
}
