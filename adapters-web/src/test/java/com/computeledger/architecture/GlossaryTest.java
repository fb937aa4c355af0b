package com.computeledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/glossary.md maps each term to code that exists: every class, nested type and method its class column names. */
class GlossaryTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final List<String> MODULES = List.of("domain", "application", "adapters-persistence", "adapters-web");

    @Test
    void everyClassTheGlossaryNamesExists() {
        List<String> named = new ArrayList<>();
        for (String row : LessonDocuments.read("docs/glossary.md").lines().filter(line -> line.startsWith("| "))
                .skip(2).toList()) {
            String[] cells = row.split(" \\| ");
            assertThat(cells).as("five columns: term, meaning, class, table, JSON field — " + row).hasSize(5);
            Matcher code = CODE.matcher(cells[2]);
            while (code.find()) {
                if (!code.group(1).contains("<") && !code.group(1).contains("*")) {
                    named.add(code.group(1));
                }
            }
        }

        assertThat(named).hasSizeGreaterThan(40);
        assertThat(named).allSatisfy(reference -> assertThat(exists(reference)).as(reference).isTrue());
    }

    /**
     * Whether {@code reference} names real code: {@code domain.deal.Deal} (a package under com.computeledger and a
     * type), {@code Deal} (a type anywhere), {@code DealValue.Range} (a nested type), {@code Deal.version()} (a
     * method, or a record's component).
     */
    private static boolean exists(String reference) {
        String[] parts = reference.replace("()", "").split("\\.");
        int firstType = 0;
        while (firstType < parts.length && Character.isLowerCase(parts[firstType].charAt(0))) {
            firstType++;
        }
        if (firstType == parts.length) {
            return false;
        }
        Optional<Path> source = firstType == 0 ? LessonDocuments.sourceOf(parts[0])
                : qualified(String.join("/", List.of(parts).subList(0, firstType)), parts[firstType]);
        if (source.isEmpty()) {
            return false;
        }
        String text = LessonDocuments.read(source.get());
        for (int index = firstType + 1; index < parts.length; index++) {
            boolean method = reference.endsWith("()") && index == parts.length - 1;
            String declared = method ? "( " + parts[index] + "\\(|[\\w>] " + parts[index] + "[,)])"
                    : "(record|class|interface|enum) " + parts[index] + "\\b";
            if (!Pattern.compile(declared).matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Path> qualified(String packagePath, String type) {
        return MODULES.stream().map(module -> LessonDocuments.ROOT.resolve(module).resolve("src/main/java/com/computeledger")
                .resolve(packagePath).resolve(type + ".java")).filter(Files::isRegularFile).findFirst();
    }
}
