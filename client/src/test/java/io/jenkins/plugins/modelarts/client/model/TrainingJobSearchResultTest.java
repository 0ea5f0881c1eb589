package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed-001 sample search result, verbatim. */
class TrainingJobSearchResultTest {

    private final TrainingJobSearchResult result = Fixtures.read(getClass(), "sample", TrainingJobSearchResult.class);

    @Test
    void readsThePagingFields() {
        assertThat(result.total()).isEqualTo(5059);
        assertThat(result.count()).isEqualTo(1);
        assertThat(result.limit()).isEqualTo(1);
        assertThat(result.offset()).isZero();
        assertThat(result.sortBy()).isEqualTo("create_time");
        assertThat(result.order()).isEqualTo("desc");
        assertThat(result.groupBy()).isEmpty();
        assertThat(result.workspaceId()).isEqualTo("0");
        assertThat(result.aiProject()).isEqualTo("default-ai-project");
        assertThat(result.items()).hasSize(1);
    }

    @Test
    void readsTheJobMetadataAndStatus() {
        TrainingJob job = result.items().get(0);

        assertThat(job.kind()).isEqualTo("job");
        assertThat(job.id()).isEqualTo("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        assertThat(job.name()).isEqualTo("trainjob--py14_mem06-byd-108");
        assertThat(job.metadata().description()).isEmpty();
        assertThat(job.metadata().createTime()).isEqualTo(1636447346315L);
        assertThat(job.metadata().workspaceId()).isEqualTo("0");
        assertThat(job.metadata().userName()).isEqualTo("ei_modelarts_q00357245_01");
        assertThat(job.status().phase()).isEqualTo("Abnormal");
        assertThat(job.status().secondaryPhase()).isEqualTo("CreateFailed");
        assertThat(job.status().duration()).isZero();
        assertThat(job.status().startTime()).isZero();
        assertThat(job.status().nodeCountMetrics()).containsExactly(
                List.of(1636447746000L, 0L), List.of(1636447755000L, 0L), List.of(1636447756000L, 0L));
        assertThat(job.status().tasks()).containsExactly("worker-0");
        assertThat(job.state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void readsAlgorithmAndSpecThroughViewsAndTrees() {
        TrainingJob job = result.items().get(0);

        assertThat(job.algorithm().path("code_dir").asText()).isEqualTo("obs://test-crq/economic_test/py_minist/");
        assertThat(job.algorithm().path("inputs").get(0).path("remote").path("obs").path("obs_url").asText())
                .isEqualTo("/test-crq/data/py_minist/");
        assertThat(job.engine()).isEqualTo(new TrainingJob.Engine("pytorch-cp36-1.4.0-v2", "PyTorch",
                "PyTorch-1.4.0-python3.6-v2", null));
        assertThat(job.resource()).isEqualTo(new TrainingJob.Resource("economic", "modelarts.vm.pnt1.large.eco",
                "Computing GPU(Pnt1) instance", 1, null));
        assertThat(job.spec().path("resource").path("flavor_detail").path("flavor_info").path("gpu").path("product_name").asText())
                .isEqualTo("GP-Pnt1");
    }

    @Test
    void printsBackTheSameJson() {
        assertThat(Fixtures.tree(result)).isEqualTo(Fixtures.json(getClass(), "sample"));
    }
}
