package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the operating system adds to the worker's confinement, where it can: when the grader runs as
 * root (Gradescope, CI containers), each worker JVM runs as a user of its own that owns nothing
 * ({@code setpriv}: another uid and gid, no groups, no new privileges, killed with the grader), with a
 * bounded number of threads and processes, from a copy of its class path that any user may read, in a
 * working directory it may not write. Folders the grader names with {@link #hide} — the kit, the
 * submissions, the results — are covered, for the worker only, by an empty file system in a mount
 * namespace of its own ({@code unshare}), and the worker gets a network namespace of its own, with no way
 * out, where the system allows them; the grader's own temporary folders are readable by root alone. Run
 * by another user, the grader starts the worker as itself, and the admission check and the worker's class
 * loaders are what confine it.
 */
public final class Sandbox {

    /** The uids of workers start here; each engine of a grader has its own. */
    private static final int FIRST_UID = 200_000;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final int USERS = 64;
    /** How many threads and processes a worker's user may have at once: a bomb stops there. */
    private static final int TASKS = 256;
    private static final Set<Integer> USED = ConcurrentHashMap.newKeySet();
    /** The uids of workers that may still have a process: given to no other worker until all are gone. */
    private static final Set<Integer> LIVE = ConcurrentHashMap.newKeySet();
    private static final List<Path> HIDDEN = new ArrayList<>();
    private static final boolean ROOT = uidOf(Path.of("/proc", String.valueOf(ProcessHandle.current().pid()))) == 0;
    private static volatile Boolean canHide;
    private static volatile Boolean canCutNetwork;
    private static volatile Path runtime;

    private final int uid;

    private Sandbox(int uid) {
        this.uid = uid;
    }

    /**
     * A sandbox for one worker: a user of its own when the grader is root, else none. No two live workers
     * share a user, however many come and go: one could signal or read the other, and ending one would end both.
     */
    static Sandbox next() {
        if (!ROOT) {
            return new Sandbox(-1);
        }
        int first = FIRST_UID + (int) (ProcessHandle.current().pid() % 10_000) * USERS;
        for (int tries = 0; tries < USERS; tries++) {
            int uid = first + Math.floorMod(NEXT.getAndIncrement(), USERS);
            if (LIVE.add(uid)) {
                USED.add(uid);
                return new Sandbox(uid);
            }
        }
        throw new IllegalStateException(USERS + " workers of this grader run at once: no user is left for another");
    }

    /** The worker's uid, or −1 when it runs as the grader's user. */
    int uid() {
        return uid;
    }

    /** Folders no worker may see: the kit, the submissions, the results. */
    public static synchronized void hide(List<Path> folders) {
        folders.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .filter(p -> !HIDDEN.contains(p)).forEach(HIDDEN::add);
    }

    /** Whether workers run as users of their own. */
    public static boolean isolatesUsers() {
        return ROOT;
    }

    /**
     * The command that starts the worker: the {@code launcher} ({@code java}) as is, or, as root, in the
     * sandbox, with its class path copied where the worker's user can read it, in a working directory it may
     * enter but not write.
     */
    List<String> command(Path launcher, List<String> options, List<Path> classpath, String mainClass, Path workDir) {
        List<Path> cp = uid < 0 ? classpath : readableCopy(classpath);
        List<String> command = new ArrayList<>();
        if (uid >= 0) {
            enterOnly(workDir);
            List<Path> hidden = hidden();
            List<String> namespaces = new ArrayList<>();
            if (!hidden.isEmpty()) {
                namespaces.addAll(List.of("--mount", "--propagation", "private"));
            }
            if (offline()) {
                namespaces.add("--net");
            }
            if (!namespaces.isEmpty()) {
                command.add("unshare");
                command.addAll(namespaces);
                command.add("--");
            }
            // The limit counts the threads and processes of the worker's user, its JVM's own among them (some 30).
            command.addAll(List.of("/bin/sh", "-c", "ulimit -u " + TASKS + " 2>/dev/null || ulimit -p " + TASKS
                    + " || exit 96; n=$1; shift; while [ \"$n\" -gt 0 ]; do"
                    + " mount -t tmpfs -o size=4k,mode=000 nn-hidden \"$1\" || exit 97; shift; n=$((n - 1)); done;"
                    + " exec \"$@\"", "sh", String.valueOf(hidden.size())));
            hidden.forEach(p -> command.add(p.toString()));
            command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs",
                    "--pdeathsig=KILL", "--"));
        }
        command.add(launcher.toString());
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, cp.stream().map(Path::toString)
                .toList()), mainClass));
        return command;
    }

    /**
     * Ends every process of this sandbox's user: what a worker may have left behind, whatever its parent;
     * then the user is free for another worker.
     */
    void killAll() {
        if (uid >= 0 && killAll(Set.of(uid))) {
            LIVE.remove(uid);
        }
    }

    /** Ends every process of every worker user this grader started, and waits until they are gone. */
    public static void killAllWorkers() {
        killAll(Set.copyOf(USED));
    }

    /** Whether every process of {@code uids} is gone. */
    private static boolean killAll(Set<Integer> uids) {
        if (uids.isEmpty()) {
            return true;
        }
        for (int round = 0; round < 50; round++) {
            List<ProcessHandle> left = ProcessHandle.allProcesses()
                    .filter(p -> uids.contains(uidOf(Path.of("/proc", String.valueOf(p.pid()))))).toList();
            if (left.isEmpty()) {
                return true;
            }
            left.forEach(ProcessHandle::destroyForcibly);
            left.forEach(p -> {
                try {
                    p.onExit().get(100, TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    // Looked at again in the next round.
                }
            });
        }
        return false;
    }

    /**
     * Whether workers run in a network namespace of their own, where the system allows it: no connection
     * out, not even to the grader's host (the worker talks to the grader through its standard streams).
     */
    private static synchronized boolean offline() {
        if (canCutNetwork == null) {
            canCutNetwork = succeeds(List.of("unshare", "--net", "--", "true"));
        }
        return canCutNetwork;
    }

    private static synchronized List<Path> hidden() {
        if (HIDDEN.isEmpty()) {
            return List.of();
        }
        if (canHide == null) {
            canHide = succeeds(List.of("unshare", "--mount", "--propagation", "private", "--", "/bin/sh", "-c",
                    "mount -t tmpfs -o size=4k nn-hidden /mnt"));
        }
        if (!canHide) {
            return List.of();
        }
        Path home = Path.of(System.getProperty("java.home")).toAbsolutePath();
        // Folders that still exist, none within another (covered with it), none holding what the worker needs.
        List<Path> existing = HIDDEN.stream().distinct().filter(Files::isDirectory)
                .filter(p -> !home.startsWith(p) && !runtimeDir().startsWith(p)).toList();
        return existing.stream().filter(p -> existing.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)))
                .toList();
    }

    /** The class path, copied into a folder any user can read (root's home, where Maven keeps jars, is not). */
    private static synchronized List<Path> readableCopy(List<Path> classpath) {
        Path dir = runtimeDir();
        List<Path> copies = new ArrayList<>();
        try {
            for (int i = 0; i < classpath.size(); i++) {
                Path from = classpath.get(i);
                Path to = dir.resolve(i + "-" + from.getFileName());
                if (!Files.exists(to)) {
                    if (Files.isDirectory(from)) {
                        Folders.copy(from, to);
                    } else if (Files.isRegularFile(from)) {
                        Files.copy(from, to);
                    } else {
                        continue;
                    }
                    makeReadable(to);
                }
                copies.add(to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the worker's class path to " + dir, e);
        }
        return copies;
    }

    private static Path runtimeDir() {
        if (runtime == null) {
            try {
                Path dir = Files.createTempDirectory("nn-worker-runtime-");
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Folders.delete(dir)));
                runtime = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runtime;
    }

    private static void makeReadable(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /**
     * Lets the worker's user into its working directory, but not write there: the worker lives on from one
     * grading to the next, and a file one submission left in it would be there for the next.
     */
    private static void enterOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot let the worker's user into " + dir, e);
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The uid that owns a file, or −1 when it cannot be read (no such process, not a POSIX system). */
    private static int uidOf(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return -1;
        }
    }
}
