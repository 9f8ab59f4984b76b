package nncourse.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nncourse.learner.ResultCollector.Unit;
import nncourse.learner.TestResult;

/**
 * What the engine and its worker JVM say to each other: one JSON object a line, requests on the
 * worker's standard input and events on its standard output. The worker never reads a file of the kit:
 * a lesson's classes and data come in a {@link Load}, a submission's classes in its {@link Run}. Every
 * event names the request it answers, so nothing of one grading is read as part of the next. Messages are
 * written and read here and nowhere else ({@link #line}, {@link #request}, {@link #event}).
 */
final class WorkerProtocol {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The longest text an event carries: a test's name, a failure's message. */
    static final int MAX_TEXT = 2000;

    /** What the engine asks of the worker. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Load.class, name = "load"),
            @JsonSubTypes.Type(value = Run.class, name = "run")})
    sealed interface Request permits Load, Run {}

    /**
     * Keep a lesson: its classes (stubs and given code) and resources (data), which a submission's classes
     * see, and its tests' classes and resources, which only the tests see. By internal or resource name.
     */
    record Load(String lesson, Map<String, byte[]> classes, Map<String, byte[]> resources,
                Map<String, byte[]> testClasses, Map<String, byte[]> testResources) implements Request {}

    /**
     * Run the tests of a loaded lesson on a submission's classes (which take the place of the lesson's of
     * the same name): the test classes named, or, when {@code unitIds} is not empty, just those graded
     * tests (what is left after a worker died under a test).
     */
    record Run(long id, String lesson, Map<String, byte[]> classes, List<String> testClasses, List<String> unitIds,
               long defaultTimeoutMillis) implements Request {}

    /** What the worker reports, each about the request {@code request} (0 before any). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Ready.class, name = "ready"),
            @JsonSubTypes.Type(value = Plan.class, name = "plan"),
            @JsonSubTypes.Type(value = Started.class, name = "started"),
            @JsonSubTypes.Type(value = Finished.class, name = "finished"),
            @JsonSubTypes.Type(value = Done.class, name = "done"),
            @JsonSubTypes.Type(value = OutOfMemory.class, name = "outOfMemory"),
            @JsonSubTypes.Type(value = OutOfTime.class, name = "outOfTime")})
    sealed interface Event permits Ready, Plan, Started, Finished, Done, OutOfMemory, OutOfTime, Exited {
        long request();
    }

    /** The worker has started and read its secret. */
    record Ready(long request) implements Event {}

    /** The graded tests found, in the order they will run. */
    record Plan(long request, List<Unit> units) implements Event {}

    /** The graded test {@code unit} (its unique id) starts. */
    record Started(long request, String unit) implements Event {}

    /** The graded test {@code unit} has finished, with {@code result}. */
    record Finished(long request, String unit, TestResult result) implements Event {}

    /**
     * The request is done: what the tests printed (capped), the bytes beyond the cap, and whether a thread
     * the tests started is still alive — which makes the worker unfit for the next submission.
     */
    record Done(long request, String output, long dropped, boolean leftovers) implements Event {}

    /** The worker is about to end because the tests ran out of memory. */
    record OutOfMemory(long request) implements Event {}

    /** The worker is about to end because the running test has used its time (CPU time of the worker). */
    record OutOfTime(long request, String unit) implements Event {}

    /** Not sent but seen: the worker's standard output ended, so it exited or was killed. */
    record Exited(long request) implements Event {}

    /** The line (without its end) that carries a request. */
    static String line(Request request) {
        return json(request);
    }

    /** The line (without its end) that carries an event. */
    static String line(Event event) {
        return json(event);
    }

    /** The request a line carries. */
    static Request request(String line) throws IOException {
        return JSON.readValue(line, Request.class);
    }

    /** The event a line carries. */
    static Event event(String line) throws IOException {
        return JSON.readValue(line, Event.class);
    }

    private static String json(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message of the protocol cannot be written: " + message, e);
        }
    }

    /** {@code text}, cut to {@link #MAX_TEXT} characters: no name or message makes an event unbounded. */
    static String bounded(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + " …";
    }

    private WorkerProtocol() {
    }
}
