package nncourse.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nncourse.learner.ResultCollector.Unit;
import nncourse.learner.TestResult;

/** What the grader and its worker JVM say to each other: one JSON object a line. */
final class WorkerProtocol {

    static final ObjectMapper JSON = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Run tests: the test classes found on {@code classpath}, or, when {@code unitIds} is not empty,
     * just those graded tests (what is left after a worker died under a test).
     */
    record Request(List<String> classpath, List<String> testClasses, List<String> unitIds,
                   long defaultTimeoutMillis) {}

    /**
     * One event: {@code plan} (units), {@code started} (id), {@code finished} (id, result), {@code done}
     * (output, the bytes of output dropped beyond the cap, and whether the submission left threads running,
     * which makes the worker unfit for the next).
     */
    record Event(String type, List<Unit> units, String id, TestResult result, String output, Long dropped,
                 Boolean leftovers) {

        static Event plan(List<Unit> units) {
            return new Event("plan", units, null, null, null, null, null);
        }

        static Event started(String id) {
            return new Event("started", null, id, null, null, null, null);
        }

        static Event finished(String id, TestResult result) {
            return new Event("finished", null, id, result, null, null, null);
        }

        static Event done(String output, long dropped, boolean leftovers) {
            return new Event("done", null, null, null, output, dropped, leftovers);
        }

        /** The worker is about to end because the tests ran out of memory. */
        static Event outOfMemory() {
            return new Event("outOfMemory", null, null, null, null, null, null);
        }
    }

    private WorkerProtocol() {
    }
}
