import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import nncourse.learner.Admission;
import nncourse.learner.Manifest;

/**
 * What the admission check costs a submission: each lesson is compiled once as a complete submission
 * (the stubs with solutions/ over them), then the check that the grader and the learner's build run on
 * it ({@link Admission#checkLesson}: reading every class file with ASM, admitting or refusing it) is
 * timed on all lessons together, as one submission. Run by bench/admission.sh.
 */
public final class AdmissionBenchmark {

    public static void main(String[] args) throws IOException {
        Path kit = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Manifest> manifests = new ArrayList<>();
        List<Map<String, byte[]>> lessons = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(kit)) {
            for (Path lesson : dirs.filter(d -> Files.isRegularFile(d.resolve(Manifest.LOCATION))).sorted().toList()) {
                try (InputStream in = Files.newInputStream(lesson.resolve(Manifest.LOCATION))) {
                    manifests.add(Manifest.read(in));
                }
                lessons.add(compile(lesson, kit.resolve("solutions").resolve(lesson.getFileName())));
            }
        }
        long[] nanos = new long[rounds];
        int refusals = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < lessons.size(); i++) {
                refusals += Admission.checkLesson(manifests.get(i), lessons.get(i)).size();
            }
            nanos[r] = System.nanoTime() - start;
        }
        long[] warm = Arrays.copyOfRange(nanos, rounds / 2, rounds);
        Arrays.sort(warm);
        int classes = lessons.stream().mapToInt(Map::size).sum();
        System.out.printf("admission check: %d lessons, %d classes a submission, %d rounds, %d refusals%n",
                lessons.size(), classes, rounds, refusals);
        System.out.printf("first submission (cold JVM): %.2f ms%n", nanos[0] / 1e6);
        System.out.printf("median of the warm half:     %.2f ms a submission%n", warm[warm.length / 2] / 1e6);
    }

    /** The lesson's stubs with the solutions' files in their place, compiled; class files by internal name. */
    private static Map<String, byte[]> compile(Path lesson, Path solution) throws IOException {
        Path src = Files.createTempDirectory("nn-admission-src-");
        Path out = Files.createTempDirectory("nn-admission-classes-");
        for (Path root : List.of(lesson.resolve("src/main/java"), solution.resolve("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = src.resolve(root.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> javacArgs = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-cp",
                System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javacArgs.add(f.toString()));
        }
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, javacArgs.toArray(String[]::new)) != 0) {
            throw new IllegalStateException(lesson + " does not compile with its solutions");
        }
        Map<String, byte[]> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = out.relativize(f).toString().replace('\\', '/');
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
            }
        }
        return classes;
    }
}
