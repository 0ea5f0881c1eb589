package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObsPathTest {
    @Test
    void readsBothFormsModelArtsUses() {
        assertThat(ObsPath.parse("/usr-bucket/train/log/")).isEqualTo(new ObsPath("usr-bucket", "train/log/"));
        assertThat(ObsPath.parse("obs://usr-bucket/train/log")).isEqualTo(new ObsPath("usr-bucket", "train/log/"));
        assertThat(ObsPath.parse("OBS://usr-bucket")).isEqualTo(new ObsPath("usr-bucket", ""));
        assertThat(ObsPath.parse("/usr-bucket/x/")).hasToString("obs://usr-bucket/x/");
    }

    @Test
    void refusesPathsWithoutABucket() {
        assertThatThrownBy(() -> ObsPath.parse("/ab/x/")).hasMessageContaining("is not an OBS path");
        assertThatThrownBy(() -> ObsPath.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObsPath.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
