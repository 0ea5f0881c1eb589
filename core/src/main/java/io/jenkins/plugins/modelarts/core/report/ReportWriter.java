package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a report's two files into a folder, creating it: {@value #HTML_FILE} (from {@link
 * HtmlReportRenderer}) and {@value #JSON_FILE} (from {@link JsonReportRenderer}), both UTF-8. Each
 * file is written to a temporary file in the same folder and then moved into place, so a reader
 * never sees half a file; an existing report is replaced.
 */
public final class ReportWriter {
    public static final String HTML_FILE = "index.html";
    public static final String JSON_FILE = "report.json";

    /** Where the files went. */
    public record Written(Path html, Path json) {}

    private final HtmlReportRenderer html;
    private final JsonReportRenderer json;

    public ReportWriter(HtmlReportRenderer html, JsonReportRenderer json) {
        this.html = Objects.requireNonNull(html, "html == null");
        this.json = Objects.requireNonNull(json, "json == null");
    }

    public ReportWriter() {
        this(new HtmlReportRenderer(), new JsonReportRenderer());
    }

    /** Renders and writes both files into {@code dir}. */
    public Written write(TrainingReport report, Path dir) throws IOException {
        return write(report, null, dir);
    }

    /** Renders and writes both files, with a release gate's verdict ({@code gate} null for none), into {@code dir}. */
    public Written write(TrainingReport report, GateResult gate, Path dir) throws IOException {
        Objects.requireNonNull(report, "report == null");
        Files.createDirectories(dir);
        Path htmlFile = replace(dir.resolve(HTML_FILE), html.render(report, gate));
        Path jsonFile = replace(dir.resolve(JSON_FILE), json.render(report, gate));
        return new Written(htmlFile, jsonFile);
    }

    private static Path replace(Path target, String text) throws IOException {
        // a sibling, not Files.createTempFile: that one is owner-only; reports keep the umask's permissions
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, ConsoleText.wellFormed(text), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
