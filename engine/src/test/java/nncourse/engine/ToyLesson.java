package nncourse.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The toy lesson the engine's tests grade, {@code lesson-09-toy}: one file, {@code Toy.java}, with two
 * exercises, 9.1 {@code Toy.add} (40 points) and 9.2 {@code Toy.square} (60). Each test class writes its
 * own public tests; the hidden ones try negative numbers.
 */
final class ToyLesson {

    static final String FOLDER = "lesson-09-toy";

    static final String MANIFEST = """
            lesson.title=Toy
            9.1.title=Toy.add
            9.1.points=40
            9.1.file=src/main/java/nncourse/lesson09/Toy.java
            9.1.hint=a + b
            9.1.hidden=negative numbers
            9.2.title=Toy.square
            9.2.points=60
            9.2.file=src/main/java/nncourse/lesson09/Toy.java
            9.2.hint=x * x
            9.2.hidden=more numbers
            """;

    static final String STUB = """
            package nncourse.lesson09;
            public final class Toy {
                public static int add(int a, int b) { throw new UnsupportedOperationException("TODO 9.1: a + b"); }
                public static int square(int x) { throw new UnsupportedOperationException("TODO 9.2: x * x"); }
            }
            """;

    static final String SOLUTION = """
            package nncourse.lesson09;
            public final class Toy {
                public static int add(int a, int b) { return a + b; }
                public static int square(int x) { return x * x; }
            }
            """;

    static final String HIDDEN_TEST = """
            package nncourse.lesson09;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import nncourse.learner.Exercise;
            import org.junit.jupiter.api.Test;
            class ToyHiddenTest {
                @Test @Exercise("9.1") void addsNegatives() { assertEquals(-5, Toy.add(-2, -3)); }
                @Test @Exercise("9.2") void squaresNegatives() { assertEquals(4, Toy.square(-2)); }
            }
            """;

    private ToyLesson() {
    }

    /**
     * Writes the lesson into {@code kit}: its manifest, the stub, the public tests {@code publicTest}, and
     * the hidden tests {@code hiddenTest} under {@code solutions/}; returns the hidden tests' file.
     */
    static Path layOut(Path kit, String publicTest, String hiddenTest) throws IOException {
        Path lesson = kit.resolve(FOLDER);
        write(lesson.resolve("src/test/resources/exercises.properties"), MANIFEST);
        write(lesson.resolve("src/main/java/nncourse/lesson09/Toy.java"), STUB);
        write(lesson.resolve("src/test/java/nncourse/lesson09/ToyTest.java"), publicTest);
        Path hidden = kit.resolve("solutions").resolve(FOLDER)
                .resolve("src/test/java/nncourse/lesson09/ToyHiddenTest.java");
        write(hidden, hiddenTest);
        return hidden;
    }

    /** Writes {@code text} to {@code file}, making its folders. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
