package io.jenkins.plugins.modelarts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes a command's result: with {@code --output json} the API object as pretty JSON (API field
 * names, metric lists as objects) and nothing else on stdout; otherwise text for people.
 * Progress always goes to stderr so that JSON stays parseable.
 */
final class Output {
    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** One line for people; server text in it is made safe ({@link ConsoleText#safe(String)}): it must be one line. */
    void line(String text) {
        if (!json) {
            out.println(ConsoleText.safe(text));
        }
    }

    /** Lines of a log, each printed on its own (tabs kept, every other control character escaped). */
    void logLines(String content) {
        if (json || content == null || content.isEmpty()) {
            return;
        }
        for (String l : content.split("\r?\n", -1)) {
            out.println(ConsoleText.safeLogLine(l));
        }
    }

    void table(TextTable table) {
        if (!json) {
            out.print(table.render());
        }
    }

    /** Prints {@code value} as JSON when JSON output was asked for. */
    void object(Object value) {
        if (json) {
            out.println(toJson(value));
        }
    }

    static String toJson(Object value) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
