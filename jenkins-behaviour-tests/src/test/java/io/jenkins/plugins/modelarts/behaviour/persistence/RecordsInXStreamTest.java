package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thoughtworks.xstream.XStreamException;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import org.junit.jupiter.api.Test;

/** What XStream 1.4.21 (as configured by {@link JenkinsXStream}) does with Java records. */
class RecordsInXStreamTest {
    /** A record as a plugin might be tempted to store in build.xml. */
    public record Metric(String name, double value) {}

    /** A plain class holding one, as an action would. */
    static final class Holder {
        Metric metric;
    }

    private final JenkinsXStream xstream = new JenkinsXStream();

    @Test
    void xstreamWritesARecordButCannotReadItBack() {
        Holder holder = new Holder();
        holder.metric = new Metric("accuracy", 0.93);

        String xml = xstream.toXml(holder);

        assertThat(xml).contains("<name>accuracy</name>").contains("<value>0.93</value>");
        assertThatThrownBy(() -> xstream.fromXml(xml)).isInstanceOf(XStreamException.class);
    }

    @Test
    void aRecordThatWritesAPlainReplacementSurvivesXStream() {
        JobRef v1 = JobRef.v1(10, 3);
        LogCursor cursor = new LogCursor("log-0.txt", "1234567890123456789", 42);

        assertThat(xstream.fromXml(xstream.toXml(v1))).isEqualTo(v1);
        assertThat(xstream.fromXml(xstream.toXml(JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"))))
                .isEqualTo(JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"));
        assertThat(xstream.fromXml(xstream.toXml(cursor))).isEqualTo(cursor);
    }
}
