package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What waiting Jenkins steps persist must come back equal, written as plain classes rather than records. */
class JobRefSerializationTest {
    static Object roundTrip(Object value, String expectedProxy) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)).contains(expectedProxy);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void jobRefsSurviveSerializationThroughAPlainProxy() throws Exception {
        assertThat(roundTrip(JobRef.v1(10, 3), "JobRef$Serialized")).isEqualTo(JobRef.v1(10, 3));
        JobRef v2 = JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        assertThat(roundTrip(v2, "JobRef$Serialized")).isEqualTo(v2);
    }

    @Test
    void logCursorsSurviveSerializationThroughAPlainProxy() throws Exception {
        LogCursor cursor = new LogCursor("worker-0.log", "1234567890123456789", 42);
        assertThat(roundTrip(cursor, "LogCursor$Serialized")).isEqualTo(cursor);
    }
}
