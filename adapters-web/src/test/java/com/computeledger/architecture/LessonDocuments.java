package com.computeledger.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's lesson documents (docs/tour.md and the rest) and the source files they name. */
final class LessonDocuments {

    /** The repository root: the tests run in a module's folder, one level below it. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?s)```.*?```");

    private LessonDocuments() {
    }

    /** A document by its path from the repository root. */
    static String read(String relativePath) {
        return read(ROOT.resolve(relativePath));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Every `code span` of a document outside its fenced blocks, in order. */
    static List<String> codeSpans(String document) {
        Matcher spans = CODE.matcher(FENCED_BLOCK.matcher(document).replaceAll(""));
        return spans.results().map(match -> match.group(1)).toList();
    }

    /** The source file (main or test, any module) that declares the top-level type {@code simpleName}. */
    static Optional<Path> sourceOf(String simpleName) {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.getFileName().toString().equals(simpleName + ".java"))
                    .filter(file -> !file.toString().contains("/target/") && file.toString().contains("/src/"))
                    .findFirst();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
