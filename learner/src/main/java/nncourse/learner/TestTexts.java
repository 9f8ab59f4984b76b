package nncourse.learner;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * What a test class says — its tests' names and its failure messages — in the learner's language, as
 * {@link Messages} chooses it: the bundle beside the class in its test resources, e.g.
 * {@code nncourse/lesson01/SigmoidTest.properties} and {@code SigmoidTest_ko.properties} (UTF-8).
 * Placeholders are {@code %s}, filled as {@code String.format(Locale.ROOT, …)}, so numbers print
 * as {@code "" + x} prints them.
 *
 * <pre>{@code
 * @DisplayNameGeneration(TestTexts.Names.class)
 * class SigmoidTest {
 *     private static final TestTexts texts = TestTexts.of(SigmoidTest.class);
 *     …
 *     assertEquals(0.5, sigma, 0.0, () -> texts.say("exactly", sigma));
 * }</pre>
 *
 * A {@code @Nested} class speaks from its top-level class's bundle.
 */
public final class TestTexts {

    private final ResourceBundle bundle;

    private TestTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The texts of {@code testClass} (or of its top-level class), read with the class's own class loader:
     * the tests' loader finds the bundle where it finds the class — in Surefire's test-classes, in the
     * notebooks' loader, or in the grader's memory.
     */
    public static TestTexts of(Class<?> testClass) {
        Class<?> top = topLevel(testClass);
        return new TestTexts(ResourceBundle.getBundle(top.getName(), Messages.locale(), top.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text {@code key}, with {@code args} in its {@code %s} places. */
    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    private String nameOr(String key, String standard) {
        return bundle.containsKey(key) ? bundle.getString(key) : standard;
    }

    private static Class<?> topLevel(Class<?> c) {
        return c.getEnclosingClass() == null ? c : topLevel(c.getEnclosingClass());
    }

    /**
     * Display names from the test class's bundle: the class's from key {@code class}, a nested class's from
     * its simple name, a test method's from its name, prefixed by its nested class's ({@code Edges.atZero});
     * JUnit's standard name where the bundle has no such key. Nested classes find this generator on their
     * enclosing class.
     */
    public static class Names extends DisplayNameGenerator.Standard {

        @Override
        public String generateDisplayNameForClass(Class<?> testClass) {
            return of(testClass).nameOr("class", super.generateDisplayNameForClass(testClass));
        }

        @Override
        public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
            return of(nestedClass).nameOr(nestedClass.getSimpleName(),
                    super.generateDisplayNameForNestedClass(enclosingInstanceTypes, nestedClass));
        }

        @Override
        public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                                   Method testMethod) {
            String key = testClass.getEnclosingClass() == null ? testMethod.getName()
                    : testClass.getSimpleName() + "." + testMethod.getName();
            return of(testClass).nameOr(key,
                    super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod));
        }
    }
}
