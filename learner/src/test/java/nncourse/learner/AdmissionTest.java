package nncourse.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The admission check")
class AdmissionTest {

    /** The lesson's given code, which a learner's code may use. */
    private static final String GIVEN = """
            package toy;
            public final class Given {
                public static double twice(double x) { return 2 * x; }
            }
            """;
    /** A test of the lesson, with reference code: never to be named by a learner's code. */
    private static final String REFERENCE = """
            package toy;
            public final class Reference {
                public static double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }
            }
            """;

    @TempDir
    Path dir;

    @Nested
    @DisplayName("admits")
    class Admits {

        @Test
        @DisplayName("the math of the exercises, with lambdas, streams, records, enums, asserts and string"
                + " concatenation")
        void whatTheExercisesNeed() {
            assertEquals(List.of(), refusals("""
                    package toy;
                    import java.util.*;
                    import java.util.function.*;
                    import java.util.stream.*;
                    public final class Sigmoid {
                        enum Kind { FAST, SLOW }
                        record Point(double x, double y) {}
                        public static double sigmoid(double z) {
                            assert !Double.isNaN(z) : "z is " + z;
                            DoubleUnaryOperator f = v -> 1 / (1 + Math.exp(-v));
                            Kind k = z > 0 ? Kind.FAST : Kind.SLOW;
                            switch (k) { case FAST -> System.out.println("fast " + z); default -> { } }
                            List<Point> points = new ArrayList<>(List.of(new Point(z, f.applyAsDouble(z))));
                            double sum = points.stream().mapToDouble(Point::y).sum()
                                    + IntStream.range(0, 3).mapToDouble(i -> 0).sum() + Given.twice(0);
                            double[] copy = new double[] {sum}.clone();
                            Arrays.sort(copy);
                            Random random = new Random(42);
                            if (Double.isInfinite(z)) {
                                throw new IllegalArgumentException(String.format(Locale.ROOT, "z = %s", z));
                            }
                            return copy[0] + 0 * random.nextGaussian() + Objects.hash(points) * 0;
                        }
                    }
                    """));
        }
    }

    @Nested
    @DisplayName("refuses, with the file and line,")
    class Refuses {

        @ParameterizedTest(name = "{0}")
        @SuppressWarnings("checkstyle:LineLength") // a table reads best one row a line
        @CsvSource(delimiter = '|', textBlock = """
                reflection                         | Sigmoid.class.getDeclaredMethods();                          | java.lang.Class.getDeclaredMethods
                a reflective type                  | java.lang.reflect.Array.newInstance(double.class, 3);        | java.lang.reflect.Array
                Class.forName                      | try { Class.forName("toy.Reference"); } catch (Exception e) { } | java.lang.Class.forName
                System.exit                        | System.exit(3);                                              | java.lang.System.exit
                System.setProperty                 | System.setProperty("junit", "x");                            | java.lang.System.setProperty
                System.getenv                      | System.getenv("HOME");                                       | java.lang.System.getenv
                System.setOut                      | System.setOut(System.err);                                   | java.lang.System.setOut
                a thread                           | new Thread(() -> { }).start();                               | java.lang.Thread
                a process                          | try { new ProcessBuilder("sleep", "9").start(); } catch (Exception e) { } | java.lang.ProcessBuilder
                Runtime                            | Runtime.getRuntime().halt(0);                                | java.lang.Runtime
                a file                             | new java.io.File("x").delete();                              | java.io.File
                the file descriptors               | Object o = java.io.FileDescriptor.out;                       | java.io.FileDescriptor
                java.nio files                     | java.nio.file.Path.of("x");                                  | java.nio.file.Path
                the network                        | try { new java.net.Socket("localhost", 1); } catch (Exception e) { } | java.net.Socket
                the management beans               | java.lang.management.ManagementFactory.getRuntimeMXBean();   | java.lang.management.ManagementFactory
                Unsafe                             | Object u = sun.misc.Unsafe.class;                            | sun.misc.Unsafe
                method handles                     | java.lang.invoke.MethodHandles.lookup();                     | java.lang.invoke.MethodHandles
                a class loader                     | ClassLoader.getSystemClassLoader();                          | java.lang.ClassLoader
                a method reference to System.exit  | java.util.function.IntConsumer exit = System::exit;          | java.lang.System.exit
                a parallel stream                  | java.util.stream.IntStream.range(0, 9).parallel().sum();     | java.util.stream.IntStream.parallel
                who is calling                     | new Exception().getStackTrace();                             | java.lang.Exception.getStackTrace
                system properties through Integer  | Integer.getInteger("x");                                     | java.lang.Integer.getInteger
                the default locale                 | java.util.Locale.setDefault(java.util.Locale.ROOT);          | java.util.Locale.setDefault
                JUnit                              | org.junit.jupiter.api.Assertions.fail();                     | org.junit.jupiter.api.Assertions
                """)
        void api(String what, String statement, String api) {
            List<Admission.Refusal> refusals = refusals(sigmoidWith(statement));
            assertTrue(!refusals.isEmpty(), what + " was admitted");
            Admission.Refusal first = refusals.get(0);
            assertEquals("toy/Sigmoid.java", first.file());
            assertEquals(4, first.line(), first.message());
            assertTrue(first.message().startsWith("Sigmoid.java:4 uses " + api + ";"), first.message());
        }

        @Test
        @DisplayName("the lesson's tests and their reference code")
        void theTests() {
            List<Admission.Refusal> refusals = refusals(sigmoidWith("Reference.sigmoid(z);"));
            assertEquals(1, refusals.size(), refusals.toString());
            assertEquals("Sigmoid.java:4 uses toy.Reference, which is not part of the lesson's own code",
                    refusals.get(0).message());
        }

        @Test
        @DisplayName("a class named like a test, in a file of its own or beside an exercise's class")
        void classesTheLessonDoesNotOwn() {
            List<Admission.Refusal> refusals = refusals(sigmoidWith("") + "class SigmoidTest { }\n", """
                    package toy;
                    class Reference { }
                    """);
            assertEquals(2, refusals.size(), refusals.toString());
            assertTrue(refusals.get(0).message().startsWith("Reference.java declares the class toy.Reference: only"
                    + " the classes of the lesson's exercise files (Sigmoid) and the classes nested in them are"
                    + " graded"),
                    refusals.get(0).message());
            assertTrue(refusals.get(1).message().startsWith("Sigmoid.java declares the class toy.SigmoidTest"),
                    refusals.get(1).message());
        }

        @Test
        @DisplayName("a finalizer, which would run outside the tests")
        void finalizer() {
            List<Admission.Refusal> refusals = refusals(sigmoidWith("").replace("public static double sigmoid",
                    "@Override protected void finalize() { }\n    public static double sigmoid"));
            assertEquals(1, refusals.size(), refusals.toString());
            assertTrue(refusals.get(0).message().startsWith("Sigmoid.java declares finalize()"), refusals.toString());
        }
    }

    @Test
    @DisplayName("checks a learner's whole build as the scoreboard does: exercise files checked, given code welcome,"
            + " other files refused")
    void wholeLesson() {
        Map<String, byte[]> built = compile(dir.resolve("built"), Map.of(
                "toy/Sigmoid.java", sigmoidWith("Runtime.getRuntime().halt(0);")
                        .replace("return z;", "return Given.twice(z);"),
                "toy/Given.java", GIVEN,
                "toy/Extra.java", "package toy;\nclass Extra { }\n"), List.of());
        Manifest manifest = new Manifest("Toy", List.of(new ExerciseInfo("1.1", "Sigmoid.sigmoid", 10,
                "src/main/java/toy/Sigmoid.java", "", "")), List.of("src/main/java/toy/Given.java"));
        List<Admission.Refusal> refusals = Admission.checkLesson(manifest, built);
        assertEquals(List.of("toy/Extra.java", "toy/Sigmoid.java"),
                refusals.stream().map(Admission.Refusal::file).toList(), refusals.toString());
        assertTrue(refusals.get(0).message().startsWith("Extra.java is not one of the lesson's files"),
                refusals.toString());
        assertTrue(refusals.get(1).message().contains("java.lang.Runtime"), refusals.toString());
    }

    private static String sigmoidWith(String statement) {
        return "package toy;\npublic final class Sigmoid {\n    public static double sigmoid(double z) {\n        "
                + statement + "\n        return z;\n    }\n}\n";
    }

    /** Compiles the lesson's given code and test, then the learner's files against them, and checks the latter. */
    private List<Admission.Refusal> refusals(String sigmoid, String... more) {
        Path lessonClasses = dir.resolve("lesson");
        Map<String, byte[]> lesson = compile(lessonClasses, Map.of("toy/Given.java", GIVEN, "toy/Reference.java",
                REFERENCE), List.of());
        lesson.remove("toy/Reference");
        Map<String, String> sources = new HashMap<>(Map.of("toy/Sigmoid.java", sigmoid));
        for (String source : more) {
            sources.put("toy/" + source.replaceFirst("(?s).*class (\\w+).*", "$1") + ".java", source);
        }
        return Admission.of(Set.of("toy.Sigmoid"), lesson).check(compile(dir.resolve("submitted"), sources,
                List.of(lessonClasses)));
    }

    private Map<String, byte[]> compile(Path out, Map<String, String> sources, List<Path> classpath) {
        try {
            Path src = dir.resolve(out.getFileName() + "-src");
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-cp",
                    Stream.concat(Stream.of(System.getProperty("java.class.path")),
                            classpath.stream().map(Path::toString)).collect(Collectors.joining(File.pathSeparator))));
            for (var e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertEquals(0, javac.run(null, null, System.err, args.toArray(String[]::new)), "the sources compile");
            Map<String, byte[]> classes = new HashMap<>();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String internal = KitPath.of(out, f).replaceFirst("\\.class$", "");
                    classes.put(internal, Files.readAllBytes(f));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
