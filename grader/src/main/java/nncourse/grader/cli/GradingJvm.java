package nncourse.grader.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Starts the grading commands in a JVM whose JIT suits them. Grading compiles every submission with
 * javac in this JVM: a few hundred short compilations, too few for C2's slow optimizing of javac's
 * many methods to pay for itself. C1 alone compiles them fast enough; on 2 cores it took 40
 * submissions from 22 s to 15 s ({@code bench/grading-speed.sh}). A JVM's JIT is chosen when it
 * starts, so {@code java -jar grader.jar grade …} starts a second JVM with the option and waits for it.
 * Options given to the first are passed on, except agents and log files, which two JVMs would share.
 */
final class GradingJvm {

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final Set<String> GRADING_COMMANDS = Set.of("grade", "autograde");
    private static final String STARTED_HERE = "nncourse.grader.restarted";
    private static final List<String> NOT_PASSED_ON = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug", "-Xlog", "-XX:StartFlightRecording", "-Djava.class.path");

    private GradingJvm() {
    }

    /** Whether {@code args} grade and this JVM was started without choosing its JIT. */
    static boolean shouldRestart(String[] args) {
        return shouldRestart(jvmOptions(), args) && System.getProperty(STARTED_HERE) == null;
    }

    static boolean shouldRestart(List<String> jvmOptions, String[] args) {
        return args.length > 0 && GRADING_COMMANDS.contains(args[0])
                && jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")
                        || o.startsWith("-XX:-TieredCompilation") || o.equals("-Xint"));
    }

    /**
     * Runs the command line in a new JVM with {@link #C1_ONLY}, sharing this one's standard streams.
     *
     * @return its exit status, or −1 if it could not be started
     */
    static int restart(String[] args) {
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java"), jvmOptions(),
                System.getProperty("java.class.path"), args);
        Process jvm;
        try {
            jvm = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(jvm::destroy));
        try {
            return jvm.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jvm.destroy();
            return 1;
        }
    }

    /** The second JVM's command line: this one's options that can be shared, {@link #C1_ONLY}, the same command. */
    static List<String> command(Path launcher, List<String> jvmOptions, String classpath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        jvmOptions.stream().filter(o -> NOT_PASSED_ON.stream().noneMatch(o::startsWith)).forEach(command::add);
        command.addAll(List.of(C1_ONLY, "-D" + STARTED_HERE + "=true", "-cp", classpath,
                GraderCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
