package com.computeledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** docs/tour.md tells the truth: its module diagram is Maven's graph, and every class and method it names exists. */
class TourTest {

    private static final String TOUR = LessonDocuments.read("docs/tour.md");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)?");
    private static final Pattern TYPE_AND_METHOD = Pattern.compile("`([A-Z][A-Za-z0-9]*)` \\(`([a-z][A-Za-z0-9]*)`\\)");
    private static final Pattern COMPILE_EDGE = Pattern.compile("^\\s*([\\w-]+) --> ([\\w-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern RUNTIME_EDGE = Pattern.compile("^\\s*([\\w-]+) -\\. runtime \\.-> ([\\w-]+)\\s*$",
            Pattern.MULTILINE);

    @Test
    void theModuleDiagramIsMavensModuleGraph() throws Exception {
        String diagram = TOUR.substring(TOUR.indexOf("```mermaid"), TOUR.indexOf("```", TOUR.indexOf("```mermaid") + 3));
        Set<String> compile = new HashSet<>();
        Set<String> runtime = new HashSet<>();
        for (String module : modules()) {
            NodeList dependencies = pom(LessonDocuments.ROOT.resolve(module)).getElementsByTagName("dependency");
            for (int index = 0; index < dependencies.getLength(); index++) {
                Element dependency = (Element) dependencies.item(index);
                if (!"com.computeledger".equals(text(dependency, "groupId")) || text(dependency, "type") != null) {
                    continue;
                }
                String scope = Optional.ofNullable(text(dependency, "scope")).orElse("compile");
                String edge = module + " -> " + text(dependency, "artifactId");
                switch (scope) {
                    case "compile" -> compile.add(edge);
                    case "runtime" -> runtime.add(edge);
                    default -> { }
                }
            }
        }

        assertThat(edges(COMPILE_EDGE, diagram)).as("the solid arrows are the compile-scope dependencies")
                .isEqualTo(compile).isNotEmpty();
        assertThat(edges(RUNTIME_EDGE, diagram)).as("the dotted arrows are the run-time-only dependencies")
                .isEqualTo(runtime);
    }

    @Test
    void everyClassTheTourNamesExists() {
        List<String> types = LessonDocuments.codeSpans(TOUR).stream().filter(span -> TYPE.matcher(span).matches())
                .toList();

        assertThat(types).hasSizeGreaterThan(30);
        for (String type : types) {
            String[] names = type.split("\\.");
            Optional<Path> source = LessonDocuments.sourceOf(names[0]);
            assertThat(source).as("a source file declaring " + names[0]).isPresent();
            if (names.length == 2) {
                assertThat(LessonDocuments.read(source.get())).as(type).containsPattern("(record|class|interface|enum) " + names[1]
                        + "\\b");
            }
        }
    }

    @Test
    void everyMethodTheTourNamesIsOnItsClass() {
        Matcher named = TYPE_AND_METHOD.matcher(TOUR);
        int methods = 0;
        while (named.find()) {
            Path source = LessonDocuments.sourceOf(named.group(1)).orElseThrow();
            assertThat(LessonDocuments.read(source)).as(named.group(1) + "." + named.group(2)).contains(" " + named.group(2) + "(");
            methods++;
        }
        assertThat(methods).isGreaterThanOrEqualTo(8);
    }

    private static Set<String> edges(Pattern arrow, String diagram) {
        Set<String> edges = new HashSet<>();
        arrow.matcher(diagram).results().forEach(match -> edges.add(match.group(1) + " -> " + match.group(2)));
        return edges;
    }

    private static List<String> modules() throws Exception {
        NodeList modules = pom(LessonDocuments.ROOT).getElementsByTagName("module");
        return IntStream.range(0, modules.getLength())
                .mapToObj(index -> modules.item(index).getTextContent().strip()).toList();
    }

    private static Element pom(Path folder) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("pom.xml").toFile())
                .getDocumentElement();
    }

    /** The text of the first child element {@code name} of {@code parent}, or null when it has none. */
    private static String text(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().strip();
    }
}
