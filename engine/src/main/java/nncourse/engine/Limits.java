package nncourse.engine;

import java.time.Duration;

/**
 * What a submission may use while it is compiled and its tests run.
 *
 * @param testTimeout    per graded test, unless the test carries a longer JUnit {@code @Timeout}
 * @param lessonTimeout  for all the tests of one lesson together
 * @param heapMegabytes  the worker JVM's {@code -Xmx}
 * @param compileTimeout for javac, per lesson
 */
public record Limits(Duration testTimeout, Duration lessonTimeout, int heapMegabytes, Duration compileTimeout) {

    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofMinutes(2), 256,
            Duration.ofSeconds(30));

    /** The default limits with other time limits for tests. */
    public static Limits of(Duration testTimeout, Duration lessonTimeout) {
        return new Limits(testTimeout, lessonTimeout, DEFAULT.heapMegabytes(), DEFAULT.compileTimeout());
    }
}
