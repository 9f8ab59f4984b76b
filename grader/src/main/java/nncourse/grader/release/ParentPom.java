package nncourse.grader.release;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nncourse.grader.GraderException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The kit's parent {@code pom.xml} as the student edition has it: without the teacher's modules
 * ({@code grader}, the command line, and {@code similarity}, which builds on it) and without the
 * {@code solutions} profile. Everything else, comments and layout included, stays as it is.
 */
final class ParentPom {

    /** The modules only teachers build: learners do not receive them. */
    static final List<String> TEACHER_MODULES = List.of("grader", "similarity");
    static final String SOLUTIONS_PROFILE = "solutions";

    private final Document pom;

    private ParentPom(Document pom) {
        this.pom = pom;
    }

    static ParentPom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new ParentPom(factory.newDocumentBuilder().parse(file.toFile()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new GraderException("cannot read the kit's " + file + ": " + e.getMessage(), e);
        }
    }

    /** The modules of the student edition, in the reactor's order. */
    List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (Element m : children(child(pom.getDocumentElement(), "modules"), "module")) {
            modules.add(m.getTextContent().strip());
        }
        return modules;
    }

    /** Takes out the teacher's modules and the solutions profile. */
    ParentPom forLearners() {
        Element modules = child(pom.getDocumentElement(), "modules");
        children(modules, "module").stream().filter(m -> TEACHER_MODULES.contains(m.getTextContent().strip()))
                .forEach(ParentPom::remove);
        Element profiles = child(pom.getDocumentElement(), "profiles");
        if (profiles != null) {
            children(profiles, "profile").stream()
                    .filter(p -> child(p, "id") != null
                            && child(p, "id").getTextContent().strip().equals(SOLUTIONS_PROFILE))
                    .forEach(ParentPom::remove);
            if (children(profiles, "profile").isEmpty()) {
                remove(profiles);
            }
        }
        return this;
    }

    void write(Path file) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            pom.setXmlStandalone(true);
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(pom), new StreamResult(text));
            String xml = text.toString().replaceFirst("\\?><project", "?>\n<project");
            Files.writeString(file, xml.endsWith("\n") ? xml : xml + "\n", StandardCharsets.UTF_8);
        } catch (TransformerException | IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes an element with the indentation before it and a comment right above it. */
    private static void remove(Element element) {
        Node parent = element.getParentNode();
        Node before = element.getPreviousSibling();
        if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
            Node comment = before.getPreviousSibling();
            if (comment != null && comment.getNodeType() == Node.COMMENT_NODE) {
                Node indent = comment.getPreviousSibling();
                parent.removeChild(comment);
                if (indent != null && indent.getNodeType() == Node.TEXT_NODE && indent.getTextContent().isBlank()) {
                    parent.removeChild(indent);
                }
            }
            parent.removeChild(before);
        }
        parent.removeChild(element);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
