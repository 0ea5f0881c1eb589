package io.jenkins.plugins.modelarts.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.model.DataSource;
import io.jenkins.plugins.modelarts.client.model.Parameter;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.Volume;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each merge rule of {@link ConfigOverrides}: what an override replaces and what it adds. */
class ConfigOverridesTest {
    private static final TrainingJobConfig STORED = TrainingJobConfig.builder()
            .workerServerNum(1).appUrl("/bucket/src/").bootFileUrl("/bucket/src/train.py").engineId(1L).specId(1L)
            .dataUrl("/bucket/data/").trainUrl("/bucket/out/")
            .parameters(Parameter.of("lr", "0.1"), Parameter.of("epochs", "10"))
            .volumes(List.of(Volume.nfs("n1", "1.2.3.4:/a", "/home/work/a", true)))
            .build();

    private static TrainingJobConfig.Builder override() {
        return TrainingJobConfig.builder();
    }

    @Test
    void noOverridesKeepTheStoredConfiguration() {
        assertThat(ConfigOverrides.apply(STORED, override().build())).isEqualTo(STORED);
    }

    @Test
    void aGivenFieldReplacesAndAMissingOneKeeps() {
        TrainingJobConfig merged = ConfigOverrides.apply(STORED, override().workerServerNum(3).logUrl("/bucket/log/").build());

        assertThat(merged.workerServerNum()).isEqualTo(3);
        assertThat(merged.logUrl()).isEqualTo("/bucket/log/");
        assertThat(merged.trainUrl()).isEqualTo("/bucket/out/");
        assertThat(merged.appUrl()).isEqualTo("/bucket/src/");
    }

    @Test
    void parametersMergeByLabelReplacingInPlaceAndAddingAtTheEnd() {
        TrainingJobConfig merged = ConfigOverrides.apply(STORED,
                override().parameters(Parameter.of("batch", "64"), Parameter.of("lr", "0.01")).build());

        assertThat(merged.parameter()).containsExactly(
                Parameter.of("lr", "0.01"), Parameter.of("epochs", "10"), Parameter.of("batch", "64"));
    }

    @Test
    void anyDataSourceReplacesTheWholeDataSourceGroup() {
        TrainingJobConfig merged = ConfigOverrides.apply(STORED, override().datasetId("ds").datasetVersionId("v1").build());
        assertThat(merged.dataUrl()).isNull();
        assertThat(merged.datasetId()).isEqualTo("ds");
        assertThat(merged.problems()).isEmpty();

        TrainingJobConfig sources = ConfigOverrides.apply(merged, override().dataSource(List.of(DataSource.obs("/bucket/x/"))).build());
        assertThat(sources.datasetId()).isNull();
        assertThat(sources.datasetVersionId()).isNull();
        assertThat(sources.dataSource()).hasSize(1);
    }

    @Test
    void aPoolReplacesTheFlavorAndAFlavorThePool() {
        TrainingJobConfig pooled = ConfigOverrides.apply(STORED, override().poolId("pool-1").build());
        assertThat(pooled.specId()).isNull();
        assertThat(pooled.poolId()).isEqualTo("pool-1");
        assertThat(ConfigOverrides.apply(pooled, override().specId(2L).build()).poolId()).isNull();
    }

    @Test
    void aBuiltInAlgorithmReplacesCodeAndEngineAndCodeReplacesTheAlgorithm() {
        TrainingJobConfig model = ConfigOverrides.apply(STORED, override().modelId(5L).build());
        assertThat(model.appUrl()).isNull();
        assertThat(model.bootFileUrl()).isNull();
        assertThat(model.engineId()).isNull();
        assertThat(model.problems()).isEmpty();

        TrainingJobConfig code = ConfigOverrides.apply(model,
                override().appUrl("/bucket/v2/").bootFileUrl("/bucket/v2/run.py").engineId(2L).build());
        assertThat(code.modelId()).isNull();
        assertThat(code.bootFileUrl()).isEqualTo("/bucket/v2/run.py");
        assertThat(code.problems()).isEmpty();
    }

    @Test
    void volumesAreReplacedAsAWholeList() {
        Volume other = Volume.nfs("n2", "1.2.3.4:/b", "/home/work/b", false);
        assertThat(ConfigOverrides.apply(STORED, override().volumes(List.of(other)).build()).volumes()).containsExactly(other);
    }
}
