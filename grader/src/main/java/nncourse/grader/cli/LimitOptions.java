package nncourse.grader.cli;

import java.time.Duration;
import nncourse.engine.Limits;
import nncourse.grader.GraderException;
import picocli.CommandLine.Option;

/**
 * The time limits a grading command takes: {@code --test-timeout}, {@code --lesson-timeout},
 * {@code --compile-timeout}.
 */
final class LimitOptions {

    @Option(names = "--test-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "how long one graded test may run before it fails as timed out, unless the test sets"
                    + " its own JUnit @Timeout: 2s, 500ms, 1m… (default: 5s)")
    Duration testTimeout = Limits.DEFAULT.testTimeout();

    @Option(names = "--lesson-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "how long all the tests of one lesson may run together (default: 2m)")
    Duration lessonTimeout = Limits.DEFAULT.lessonTimeout();

    @Option(names = "--compile-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "how long javac may take to compile one lesson of a submission (default: 30s)")
    Duration compileTimeout = Limits.DEFAULT.compileTimeout();

    /** The limits these options set, checked. */
    Limits limits() {
        if (lessonTimeout.compareTo(testTimeout) < 0) {
            throw new GraderException("--lesson-timeout " + DurationConverter.show(lessonTimeout)
                    + " is shorter than --test-timeout " + DurationConverter.show(testTimeout));
        }
        return new Limits(testTimeout, lessonTimeout, Limits.DEFAULT.heapMegabytes(), compileTimeout);
    }
}
