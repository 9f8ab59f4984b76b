package nncourse.engine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A class loader over classes and resources held in memory, as the worker receives them: nothing it
 * loads comes from a file. Two of them stack up for each grading. The submission's loader holds the
 * lesson's classes with the submission's over them, and its data; above it sees only the JDK (and, for
 * the lesson's given data loaders, Commons CSV) — never a test, the grader or JUnit. The tests' loader
 * holds the tests and their resources, finds JUnit and the kit's {@code @Exercise} in the worker's own
 * loader, and everything else in the submission's.
 */
final class MemoryClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;
    private final ClassLoader shared;
    private final List<String> sharedPackages;

    /**
     * @param classes        by internal name ({@code nncourse/lesson01/Sigmoid})
     * @param resources      by resource name ({@code nncourse/lesson01/iris.csv})
     * @param parent         where any other class is looked for
     * @param shared         where the classes of {@code sharedPackages} are looked for first
     * @param sharedPackages package prefixes, e.g. {@code org.junit.}
     */
    MemoryClassLoader(String name, Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent,
                      ClassLoader shared, List<String> sharedPackages) {
        super(name, parent);
        this.classes = classes;
        this.resources = resources;
        this.shared = shared;
        this.sharedPackages = sharedPackages;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = classes.get(name.replace('.', '/'));
                if (bytes != null) {
                    c = defineClass(name, bytes, 0, bytes.length);
                } else if (sharedPackages.stream().anyMatch(name::startsWith)) {
                    c = shared.loadClass(name);
                } else {
                    c = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        URL mine = findResource(name);
        return mine != null ? mine : getParent().getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        return bytes != null ? new ByteArrayInputStream(bytes) : getParent().getResourceAsStream(name);
    }

    @Override
    protected URL findResource(String name) {
        byte[] bytes = resources.get(name);
        if (bytes == null) {
            return null;
        }
        try {
            return new URL("memory", null, -1, "/" + name, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(bytes);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
