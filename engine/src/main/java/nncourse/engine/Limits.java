package nncourse.engine;

import java.time.Duration;

/**
 * What a submission may use while its tests run.
 *
 * @param testTimeout   per graded test, unless the test carries a longer JUnit {@code @Timeout}
 * @param lessonTimeout for all the tests of one lesson together
 * @param heapMegabytes the worker JVM's {@code -Xmx}
 */
public record Limits(Duration testTimeout, Duration lessonTimeout, int heapMegabytes) {

    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofMinutes(2), 256);
}
