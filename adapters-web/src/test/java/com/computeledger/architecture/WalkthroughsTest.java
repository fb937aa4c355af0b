package com.computeledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/walkthroughs.md names real files: every path it lists exists in the repository. */
class WalkthroughsTest {

    @Test
    void everyFileAWalkthroughNamesExists() {
        List<String> paths = LessonDocuments.codeSpans(LessonDocuments.read("docs/walkthroughs.md")).stream()
                .filter(span -> span.contains("/") && !span.contains(" ")).toList();

        assertThat(paths).hasSizeGreaterThan(20);
        assertThat(paths).allSatisfy(path -> assertThat(Files.isRegularFile(LessonDocuments.ROOT.resolve(path)))
                .as(path).isTrue());
    }
}
