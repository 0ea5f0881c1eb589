package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Log answers. {@code LogModelsTest_aomLog.json} is the vendor's aom-log sample (from its API
 * reference, not one of the seed documents): a bare 19-digit {@code start_line}, a quoted
 * {@code end_line} and {@code lines}.
 */
class LogModelsTest {

    @Test
    void aomLogSampleKeepsEveryDigitOfTheCursors() {
        LogLines lines = Fixtures.read(getClass(), "aomLog", LogLines.class);

        assertThat(lines.isSuccess()).isTrue();
        assertThat(lines.content()).isEqualTo("Log string");
        assertThat(lines.startLine()).isEqualTo("1551252759254000002");
        assertThat(lines.endLine()).isEqualTo("1551252759254000003");
        assertThat(lines.lines()).isEqualTo("1");
    }

    @Test
    void cursorsBeyondLongRangeKeepTheirDigits() {
        LogLines lines = Fixtures.convert(Fixtures.parse("{\"start_line\": 99999999999999999999999, \"lines\": 50}"), LogLines.class);

        assertThat(lines.startLine()).isEqualTo("99999999999999999999999");
        assertThat(lines.lines()).isEqualTo("50");
    }

    @Test
    void logFileListIsReadAsAnArrayOrASingleString() {
        assertThat(Fixtures.convert(Fixtures.parse("{\"is_success\": true, \"log_file_list\": [\"job.0\", \"job.1\"]}"),
                LogFileNames.class).logFileList()).containsExactly("job.0", "job.1");
        assertThat(Fixtures.convert(Fixtures.parse("{\"log_file_list\": \"teseJob.0\"}"), LogFileNames.class).logFileList())
                .containsExactly("teseJob.0");
        assertThat(Fixtures.convert(Fixtures.parse("{\"log_file_list\": \"\"}"), LogFileNames.class).logFileList()).isEmpty();
        assertThat(Fixtures.convert(Fixtures.parse("{}"), LogFileNames.class).logFileList()).isEmpty();
    }

    @Test
    void logPreviewReadsTheCurrentAndThePre2022FieldName() {
        LogPreview current = Fixtures.convert(Fixtures.parse("{\"content\": \"a\\nb\", \"current_size\": 3, \"full_size\": 9}"),
                LogPreview.class);
        LogPreview old = Fixtures.convert(Fixtures.parse("{\"context\": \"a\\nb\", \"current_size\": 3, \"full_size\": 3}"),
                LogPreview.class);

        assertThat(current.content()).isEqualTo("a\nb");
        assertThat(current.truncated()).isTrue();
        assertThat(old.content()).isEqualTo("a\nb");
        assertThat(old.truncated()).isFalse();
        assertThat(Fixtures.tree(old)).isEqualTo(Fixtures.parse("{\"content\": \"a\\nb\", \"current_size\": 3, \"full_size\": 3}"));
    }

    @Test
    void taskMetricsReadSeriesWithNoDataMarkers() {
        TaskMetrics metrics = Fixtures.convert(Fixtures.parse("""
                {"metrics": [{"metric": "cpuUsage", "value": [-1, 12.5, 30, -1]},
                             {"metric": "gpuUtil", "value": [-1, -1]}]}
                """), TaskMetrics.class);

        TaskMetrics.Metric cpu = metrics.metric("cpuUsage").orElseThrow();
        assertThat(cpu.value()).containsExactly(-1, 12.5, 30, -1);
        assertThat(cpu.latest()).hasValue(30);
        assertThat(cpu.peak()).hasValue(30);
        assertThat(metrics.metric("gpuUtil").orElseThrow().latest()).isEmpty();
        assertThat(metrics.metric("npuUtil")).isEmpty();
        assertThat(cpu).isEqualTo(new TaskMetrics.Metric("cpuUsage", new double[] {-1, 12.5, 30, -1}));
        assertThat(Fixtures.tree(metrics).path("metrics").get(0).path("value").get(1).asDouble()).isEqualTo(12.5);
    }

    @Test
    void emptyMetricsHaveNoSeries() {
        assertThat(Fixtures.convert(Fixtures.parse("{}"), TaskMetrics.class).metrics()).isEmpty();
        assertThat(TaskMetrics.empty().metrics()).isEmpty();
    }
}
