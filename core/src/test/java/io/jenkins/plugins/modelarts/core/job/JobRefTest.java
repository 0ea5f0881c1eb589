package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class JobRefTest {

    @Test
    void digitsAreAV1JobAndAUuidIsAV2Job() {
        assertThat(JobRef.parse("10", 12L)).isEqualTo(JobRef.v1(10, 12));
        assertThat(JobRef.parse(" 10 ", null)).isEqualTo(new JobRef(JobRef.Api.V1, "10", null));
        assertThat(JobRef.parse("3FAF5C03-aaa1-4cbe-879d-24b05d997347", null))
                .isEqualTo(JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"));
    }

    @Test
    void rejectsWhatIsNeitherWithAMessageThatShowsBothForms() {
        assertThatThrownBy(() -> JobRef.parse("my-job", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my-job' is not a job id")
                .hasMessageContaining("digits")
                .hasMessageContaining("UUID");
    }

    @Test
    void digitsTooLargeForALongAreCalledTooLargeNotANumberFormatProblem() {
        assertThat(JobRef.parse(Long.toString(Long.MAX_VALUE), null).v1JobId()).isEqualTo(Long.MAX_VALUE);
        for (String id : new String[] {"9223372036854775808", "123456789012345678901234"}) {
            assertThatThrownBy(() -> JobRef.parse(id, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + id + "' is too large for a v1 job id (at most 9223372036854775807)");
        }
    }

    @Test
    void aV2JobTakesNoVersion() {
        assertThatThrownBy(() -> JobRef.parse("3faf5c03-aaa1-4cbe-879d-24b05d997347", 2L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v2 jobs have no versions");
    }

    @Test
    void versionMustBePositive() {
        assertThatThrownBy(() -> JobRef.parse("10", 0L)).hasMessageContaining("positive");
    }

    @Test
    void describesItselfForPeople() {
        assertThat(JobRef.v1(10, 12)).hasToString("job 10 version 12");
        assertThat(JobRef.parse("10", null)).hasToString("job 10");
        assertThat(JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"))
                .hasToString("job 3faf5c03-aaa1-4cbe-879d-24b05d997347");
    }

    @Test
    void survivesJavaSerializationAsAStepWouldPersistIt() throws Exception {
        JobRef ref = JobRef.v1(10, 12);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ref);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(ref);
        }
    }
}
