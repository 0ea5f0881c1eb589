package io.jenkins.plugins.modelarts.client.model;

/**
 * Lines of a v1 log file from {@code GET .../versions/{version_id}/aom-log}: the {@code content}
 * and the cursors to continue from. {@code lines}, {@code start_line} and {@code end_line} are read
 * as text, because the service sends them both as quoted strings and as bare 19-digit numbers that
 * must not lose precision; pass {@link #endLine()} or {@link #startLine()} back as
 * {@code base_line} unchanged.
 */
public record LogLines(Boolean isSuccess, String content, String lines, String startLine, String endLine) {}
