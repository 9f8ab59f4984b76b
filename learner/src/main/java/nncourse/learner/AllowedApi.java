package nncourse.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The JDK API a learner's code may use, as {@code allowed-api.txt} lists it: classes by name, each with
 * all its members ({@code *}) or the members named; a few member names refused whatever the class; and
 * the bootstraps of the {@code invokedynamic} instructions javac writes for lambdas, string
 * concatenation and records. Names are the JVM's internal ones ({@code java/lang/Math}).
 */
final class AllowedApi {

    static final AllowedApi JDK = read("allowed-api.txt");

    private static final String EVERY_MEMBER = "*";

    private final Map<String, Set<String>> members = new HashMap<>();
    private final Set<String> never = new HashSet<>();
    private final Set<String> bootstraps = new HashSet<>();

    private AllowedApi() {
    }

    /** Whether the code may name the class at all (as a type, an owner, a cast). */
    boolean allowsType(String internalName) {
        return members.containsKey(internalName);
    }

    /** Whether the code may use this member of a listed JDK class. */
    boolean allowsMember(String owner, String name) {
        Set<String> allowed = members.get(owner);
        return allowed != null && !never.contains(name)
                && (allowed.contains(EVERY_MEMBER) || allowed.contains(name));
    }

    /** Whether an {@code invokedynamic} may be bootstrapped by this method. */
    boolean allowsBootstrap(String owner, String name) {
        return bootstraps.contains(owner + "." + name);
    }

    private static AllowedApi read(String resource) {
        AllowedApi api = new AllowedApi();
        try (InputStream in = AllowedApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + AllowedApi.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                String[] words = line.strip().split("\\s+");
                if (words[0].isEmpty() || words[0].startsWith("#")) {
                    continue;
                }
                switch (words[0]) {
                    case "never" -> api.never.addAll(Arrays.asList(words).subList(1, words.length));
                    case "bootstrap" -> Arrays.stream(words, 2, words.length)
                            .forEach(m -> api.bootstraps.add(internal(words[1]) + "." + m));
                    default -> api.members.computeIfAbsent(internal(words[0]), c -> new HashSet<>())
                            .addAll(Arrays.asList(words).subList(1, words.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return api;
    }

    private static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }
}
