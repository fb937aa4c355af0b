package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.access.Role;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the curl commands of the README's tour against a freshly started service, so that the tour cannot
 * drift from the API. Commands with a placeholder ({@code <id>}) or a file body ({@code @deal.json}) are
 * shown to readers but skipped here; every other one must succeed.
 */
class ReadmeTourTest {

    private static final Pattern URL = Pattern.compile("'?localhost:(8080|8081)(/[^' ]*)'?");
    private static final Pattern HEADER = Pattern.compile("-H (['\"])([^:]+): (.*?)\\1");
    private static final Pattern METHOD = Pattern.compile("-X (\\w+)");
    private static final Pattern BODY = Pattern.compile("-d '(.*)'", Pattern.DOTALL);

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    private static String key;

    @BeforeAll
    static void start() {
        key = ledger.issueKey("readme-tour", Role.EDITOR);
    }

    @Test
    void everyRunnableCommandOfTheTourSucceeds() throws Exception {
        List<String> commands = tourCommands(Files.readString(Path.of("..", "README.md")));
        int ran = 0;
        for (String command : commands) {
            if (command.contains("<id>") || command.contains("@")) {
                continue;
            }
            HttpResponse<String> response = run(command);
            assertThat(response.statusCode()).as(command).isBetween(200, 299);
            ran++;
        }
        assertThat(ran).as("commands run").isGreaterThanOrEqualTo(12);
        assertThat(commands).as("writes in the tour carry the key").filteredOn(command -> command.contains("-X POST"))
                .allSatisfy(command -> assertThat(command).contains("-H \"Authorization: Bearer $KEY\""));
    }

    private static HttpResponse<String> run(String command) {
        Matcher url = URL.matcher(command);
        assertThat(url.find()).as("a localhost URL in " + command).isTrue();
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(command);
        while (header.find()) {
            headers.put(header.group(2), header.group(3).replace("$KEY", key));
        }
        Matcher method = METHOD.matcher(command);
        Matcher body = BODY.matcher(command);
        String path = url.group(2);
        if ("8081".equals(url.group(1))) {
            return ledger.admin("GET", path);
        }
        if (method.find() && "POST".equals(method.group(1))) {
            headers.putIfAbsent("Authorization", "none"); // no key in the README command: send none either
            return ledger.post(path, body.find() ? body.group(1) : "", headers);
        }
        return ledger.get(path);
    }

    /** The curl commands of the "A short tour" code block, multi-line bodies joined into one command each. */
    private static List<String> tourCommands(String readme) {
        String tour = readme.substring(readme.indexOf("## A short tour"));
        String block = tour.substring(tour.indexOf("```bash") + 7, tour.indexOf("```", tour.indexOf("```bash") + 7));
        List<String> commands = new ArrayList<>();
        StringBuilder current = null;
        for (String line : block.split("\n")) {
            if (line.startsWith("curl ")) {
                current = new StringBuilder(line);
                commands.add(null);
            } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                current.append('\n').append(line);
            }
            if (current != null) {
                commands.set(commands.size() - 1, current.toString());
            }
            if (line.isBlank() || line.startsWith("#")) {
                current = null;
            }
        }
        return commands;
    }
}
