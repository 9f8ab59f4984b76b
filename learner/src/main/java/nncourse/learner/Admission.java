package nncourse.learner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;

/**
 * The admission check: before a learner's compiled code runs, its class files are read (with ASM) and
 * admitted only when every class is one the lesson owns — a top-level class of an exercise file, or a
 * class nested in one — and everything they name is the lesson's own code or JDK API that
 * {@code allowed-api.txt} lists. So the code cannot name the tests, their reference code, the grader or
 * JUnit; nor reach files, the network, threads, processes, reflection or the JVM's settings. A refusal
 * reads like a compile error, with the file and line, in the learner's language.
 */
public final class Admission {

    /**
     * Why a class file was refused.
     *
     * @param file    its source, below {@code src/main/java}, e.g. {@code nncourse/lesson01/Sigmoid.java}
     * @param line    the line that names what is refused, or 0 when the class as a whole is refused
     * @param message in words for the learner, starting with the file's name and line
     */
    public record Refusal(String file, int line, String message) {}

    private static final int ASM = Opcodes.ASM9;
    private static final String SOURCES = "src/main/java/";
    /** Refusals by file, then line; one without a line (a class as a whole, a catch type) after those with one. */
    private static final Comparator<Refusal> BY_PLACE = Comparator.comparing(Refusal::file)
            .thenComparing(r -> r.line() == 0).thenComparingInt(Refusal::line);

    private final Set<String> owned;
    private final Map<String, Members> lesson = new HashMap<>();

    private Admission(Collection<String> owned, Map<String, byte[]> lessonClasses) {
        this.owned = new HashSet<>();
        owned.forEach(name -> this.owned.add(name.replace('.', '/')));
        lessonClasses.forEach((name, bytes) -> lesson.put(name, Members.of(bytes)));
    }

    /**
     * The check for one lesson.
     *
     * @param owned         the top-level classes of its exercise files, e.g. {@code nncourse.lesson01.Sigmoid}
     * @param lessonClasses its own classes by internal name ({@code nncourse/lesson01/Dataset}): the kit's
     *                      stubs and given code, which the learner's code may use
     */
    public static Admission of(Collection<String> owned, Map<String, byte[]> lessonClasses) {
        return new Admission(owned, lessonClasses);
    }

    /** The refusals of the learner's classes (by internal name), in file and line order; none when all are admitted. */
    public List<Refusal> check(Map<String, byte[]> submitted) {
        Map<String, Members> all = new HashMap<>(lesson);
        submitted.forEach((name, bytes) -> all.put(name, Members.of(bytes)));
        Set<Refusal> refusals = new LinkedHashSet<>();
        submitted.forEach((name, bytes) -> {
            try {
                new ClassReader(bytes).accept(new Check(all, refusals), ClassReader.SKIP_FRAMES);
            } catch (RuntimeException e) {
                refusals.add(new Refusal(name + ".class", 0, Messages.get("admission.unreadable", name)));
            }
        });
        List<Refusal> sorted = new ArrayList<>(refusals);
        sorted.sort(BY_PLACE);
        return sorted;
    }

    /**
     * The learner's whole lesson as their own build compiled it ({@code target/classes}, by internal name):
     * the classes of the exercise files are checked, those of the given files are the lesson's own code, and
     * a class from any other file is refused, as the grader would leave that file out.
     */
    public static List<Refusal> checkLesson(Manifest manifest, Map<String, byte[]> classes) {
        Set<String> exerciseFiles = new LinkedHashSet<>();
        manifest.exercises().forEach(e -> exerciseFiles.add(e.file().replaceFirst("^" + SOURCES, "")));
        Set<String> givenFiles = new HashSet<>();
        manifest.given().forEach(f -> givenFiles.add(f.replaceFirst("^" + SOURCES, "")));
        Map<String, byte[]> submitted = new HashMap<>();
        Map<String, byte[]> given = new HashMap<>();
        Set<Refusal> refusals = new LinkedHashSet<>();
        classes.forEach((name, bytes) -> {
            String file = sourceFile(name, bytes);
            if (exerciseFiles.contains(file)) {
                submitted.put(name, bytes);
            } else if (givenFiles.contains(file)) {
                given.put(name, bytes);
            } else {
                refusals.add(new Refusal(file, 0, Messages.get("admission.notAFile", fileName(file),
                        String.join(", ", exerciseFiles.stream().map(Admission::fileName).distinct().toList()))));
            }
        });
        List<String> owned = exerciseFiles.stream().map(f -> f.replaceFirst("\\.java$", "")).toList();
        refusals.addAll(of(owned, given).check(submitted));
        List<Refusal> sorted = new ArrayList<>(refusals);
        sorted.sort(BY_PLACE);
        return sorted;
    }

    /** The source file a class names ({@code nncourse/lesson01/Sigmoid.java}), or its top-level class's. */
    public static String sourceFile(String internalName, byte[] bytes) {
        String[] source = {null};
        try {
            new ClassReader(bytes).accept(new ClassVisitor(ASM) {
                @Override
                public void visitSource(String file, String debug) {
                    source[0] = file;
                }
            }, ClassReader.SKIP_CODE);
        } catch (RuntimeException e) {
            // Not a class file: named after its class below, and refused when checked.
        }
        String folder = internalName.substring(0, internalName.lastIndexOf('/') + 1);
        return folder + (source[0] != null && !source[0].contains("/") ? source[0]
                : fileName(internalName.replaceFirst("\\$.*", "")) + ".java");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private boolean isOwned(String className) {
        int nested = className.indexOf('$');
        return owned.contains(nested < 0 ? className : className.substring(0, nested));
    }

    /** The members a lesson class declares, and what it extends: to find what an inherited call reaches. */
    private record Members(String superName, String[] interfaces, Set<String> declared) {

        static Members of(byte[] bytes) {
            Set<String> declared = new HashSet<>();
            String[][] header = new String[2][];
            new ClassReader(bytes).accept(new ClassVisitor(ASM) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    header[0] = new String[] {superName};
                    header[1] = interfaces;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String desc, String signature, Object value) {
                    declared.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                                                 String[] exceptions) {
                    declared.add(name);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            return new Members(header[0][0], header[1], declared);
        }
    }

    /** Reads one class, adding a refusal for everything it may not name. */
    private final class Check extends ClassVisitor {

        private final Map<String, Members> lessonClasses;
        private final Set<Refusal> refusals;
        private String className;
        private List<String> supertypes;
        private String file;
        private int line;

        Check(Map<String, Members> lessonClasses, Set<Refusal> refusals) {
            super(ASM);
            this.lessonClasses = lessonClasses;
            this.refusals = refusals;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
            file = name.replaceFirst("\\$.*", "") + ".java";
            supertypes = new ArrayList<>(List.of(interfaces));
            if (superName != null) {
                supertypes.add(0, superName);
            }
        }

        /** The class's name and supertypes are checked once its source file is known. */
        @Override
        public void visitEnd() {
            line = 0;
            if (!isOwned(className)) {
                refuse(Messages.get("admission.notOwned", where(), binary(className), ownedNames()));
            }
            supertypes.forEach(this::type);
        }

        @Override
        public void visitSource(String source, String debug) {
            if (source != null) {
                int slash = className.lastIndexOf('/');
                file = (slash < 0 ? "" : className.substring(0, slash + 1)) + source;
            }
        }

        @Override
        public void visitNestHost(String host) {
            ownedOrRefused(host);
        }

        @Override
        public void visitNestMember(String member) {
            ownedOrRefused(member);
        }

        @Override
        public void visitOuterClass(String owner, String name, String desc) {
            ownedOrRefused(owner);
        }

        @Override
        public void visitPermittedSubclass(String subclass) {
            ownedOrRefused(subclass);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
            descriptor(desc);
            return null;
        }

        @Override
        public RecordComponentVisitor visitRecordComponent(String name, String desc, String signature) {
            descriptor(desc);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String desc, String signature, Object value) {
            line = 0;
            descriptor(desc);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
            line = 0;
            if (name.equals("finalize") && desc.equals("()V")) {
                refuse(Messages.get("admission.finalizer", where()));
            }
            descriptor(desc);
            if (exceptions != null) {
                for (String e : exceptions) {
                    type(e);
                }
            }
            return new MethodVisitor(ASM) {
                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    descriptor(annotation);
                    return null;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                    member(owner, name, desc);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                    member(owner, name, desc);
                }

                @Override
                public void visitMultiANewArrayInsn(String desc, int dimensions) {
                    descriptor(desc);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        type(type);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
                    if (!AllowedApi.JDK.allowsBootstrap(bootstrap.getOwner(), bootstrap.getName())) {
                        refuseApi(binary(bootstrap.getOwner()) + "." + bootstrap.getName());
                        return;
                    }
                    descriptor(desc);
                    for (Object arg : args) {
                        constant(arg);
                    }
                }
            };
        }

        private void constant(Object value) {
            if (value instanceof Type t) {
                descriptor(t.getDescriptor());
            } else if (value instanceof Handle h) {
                member(h.getOwner(), h.getName(), h.getDesc());
            } else if (value instanceof ConstantDynamic) {
                refuse(Messages.get("admission.dynamicConstant", where()));
            }
        }

        private void member(String owner, String name, String desc) {
            if (!type(owner)) {
                return;
            }
            if (!reaches(owner, name, new HashSet<>())) {
                refuseApi(binary(owner.startsWith("[") ? "java/lang/Object" : owner) + "." + name);
                return;
            }
            descriptor(desc);
        }

        /** Whether {@code owner.name} is the lesson's own, or JDK API that is allowed, following inheritance. */
        private boolean reaches(String owner, String name, Set<String> seen) {
            if (owner == null || !seen.add(owner)) {
                return false;
            }
            if (owner.startsWith("[")) {
                return AllowedApi.JDK.allowsMember("java/lang/Object", name);
            }
            Members m = lessonClasses.get(owner);
            if (m == null) {
                return AllowedApi.JDK.allowsMember(owner, name);
            }
            if (m.declared().contains(name)) {
                return true;
            }
            if (reaches(m.superName(), name, seen)) {
                return true;
            }
            for (String i : m.interfaces()) {
                if (reaches(i, name, seen)) {
                    return true;
                }
            }
            return false;
        }

        private void descriptor(String desc) {
            Type t = Type.getType(desc);
            if (t.getSort() == Type.METHOD) {
                for (Type a : t.getArgumentTypes()) {
                    descriptor(a.getDescriptor());
                }
                descriptor(t.getReturnType().getDescriptor());
            } else if (t.getSort() == Type.ARRAY) {
                descriptor(t.getElementType().getDescriptor());
            } else if (t.getSort() == Type.OBJECT) {
                type(t.getInternalName());
            }
        }

        /** Checks a class named by the code; returns whether it may be named. */
        private boolean type(String internalName) {
            if (internalName.startsWith("[")) {
                descriptor(internalName);
                return true;
            }
            if (lessonClasses.containsKey(internalName) || AllowedApi.JDK.allowsType(internalName)) {
                return true;
            }
            if (internalName.startsWith(packageOf(className))) {
                refuse(Messages.get("admission.notTheLessons", where(), binary(internalName)));
            } else {
                refuseApi(binary(internalName));
            }
            return false;
        }

        private void ownedOrRefused(String name) {
            if (!isOwned(name)) {
                refuse(Messages.get("admission.notTheLessons", where(), binary(name)));
            }
        }

        private void refuseApi(String api) {
            refuse(Messages.get("admission.uses", where(), api));
        }

        private void refuse(String message) {
            refusals.add(new Refusal(file, line, message));
        }

        private String where() {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return line > 0 ? name + ":" + line : name;
        }
    }

    private String ownedNames() {
        return String.join(", ", owned.stream().map(n -> n.substring(n.lastIndexOf('/') + 1)).sorted().toList());
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/') + 1);
    }

    private static String binary(String internalName) {
        return internalName.replace('/', '.');
    }
}
