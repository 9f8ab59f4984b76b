package nncourse.scoreboard;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nncourse.engine.Engine;
import nncourse.engine.Grade;
import nncourse.engine.KitLesson;
import nncourse.engine.Limits;
import nncourse.learner.LessonScore;
import nncourse.learner.Messages;
import nncourse.learner.Scoreboard;

/**
 * Watch mode ({@code ./mvnw -q -Pwatch}): checks every lesson once, then on every save of a lesson's file
 * (sources, tests or data) recompiles that lesson, runs its public tests, and shows its board — what failed,
 * the hint, the next TODO — and the summary of all lessons, as {@code ./mvnw test} does. A compile error is
 * shown with its file, line, column and source line, and the watch goes on until Ctrl-C. The tests run in
 * the engine's worker JVM, kept warm between saves, so a loop that never ends costs a time limit, not the
 * watch. The classes go where {@code ./mvnw test} puts them, so a notebook runs the code just checked.
 */
public final class Watch {

    /** Saves that come this close together (an editor writing a file in steps) are checked once. */
    private static final long SETTLE_MILLIS = 60;

    private final Path kit;
    private final Engine engine;
    private final WatchService watcher;
    private final PrintStream out;
    private final Map<WatchKey, KitLesson> lessonOfKey = new HashMap<>();
    private final Map<String, Grade> latest = new LinkedHashMap<>();

    private Watch(Path kit, Engine engine, WatchService watcher, PrintStream out) {
        this.kit = kit;
        this.engine = engine;
        this.watcher = watcher;
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Engine engine = new Engine(Limits.DEFAULT);
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        engine.startWorker(); // javac's JVM and the tests' boot side by side while the lessons are listed
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            new Watch(kit, engine, watcher, out).run();
        }
    }

    private void run() throws IOException, InterruptedException {
        List<KitLesson> lessons = KitLesson.all(kit);
        for (KitLesson lesson : lessons) {
            registerAll(lesson, lesson.dir().resolve("src"));
            latest.put(lesson.name(), engine.check(lesson));
        }
        show(null, 0);
        while (true) {
            Set<KitLesson> changed = new LinkedHashSet<>();
            collect(watcher.take(), changed);
            for (WatchKey more; (more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                collect(more, changed);
            }
            for (KitLesson lesson : changed) {
                long start = System.nanoTime();
                try {
                    latest.put(lesson.name(), engine.check(lesson));
                    show(lesson, System.nanoTime() - start);
                } catch (RuntimeException e) {
                    out.println(Messages.get("watch.failed", e.getMessage()));
                }
            }
        }
    }

    /** Notes which lesson a key's events belong to, and watches new folders too. */
    private void collect(WatchKey key, Set<KitLesson> changed) throws IOException {
        KitLesson lesson = lessonOfKey.get(key);
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    registerAll(lesson, path);
                }
                if (!name.toString().startsWith(".") && !name.toString().endsWith("~")) {
                    changed.add(lesson);
                }
            }
        }
        if (!key.reset()) {
            lessonOfKey.remove(key);
        }
    }

    private void registerAll(KitLesson lesson, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                lessonOfKey.put(dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), lesson);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The board of the lesson just checked (or of every lesson at the start), then the summary of all. */
    private void show(KitLesson focus, long nanos) {
        if (System.console() != null) {
            out.print("\033[H\033[2J");
        }
        List<LessonScore> all = latest.values().stream().map(Grade::score).toList();
        StringBuilder s = new StringBuilder(focus == null ? Scoreboard.render(all, kit)
                : Scoreboard.lessonBoard(latest.get(focus.name()).score(), kit) + Scoreboard.summary(all, kit));
        if (focus != null) {
            s.append(' ').append(Messages.get("watch.checked", focus.name(), String.format("%.2f", nanos / 1e9)));
            s.append('\n');
        }
        s.append(' ').append(Messages.get("watch.waiting")).append('\n');
        out.print(s);
    }
}
