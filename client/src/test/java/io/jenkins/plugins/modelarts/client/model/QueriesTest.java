package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import org.junit.jupiter.api.Test;

/** The v1 job list and configuration list queries. */
class QueriesTest {

    @Test
    void jobListQueryReportsEveryProblem() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> ListTrainingJobsQuery.builder().status(-1).perPage(1001).page(0).sortBy("name").order("down").build());

        assertThat(e.problems()).containsExactly(
                "status is -1: expected a v1 status code, 0 or more",
                "per_page is 1001: expected 1-1000",
                "page is 0: expected 1-65535",
                "sortBy 'name' is not valid: expected one of create_time, duration, job_desc, job_name, status, version_count",
                "order 'down' is not valid: expected asc or desc");
    }

    @Test
    void jobListQueryAcceptsTheDocumentedRanges() {
        for (String sort : ListTrainingJobsQuery.SORT_KEYS) {
            assertThat(ListTrainingJobsQuery.builder().sortBy(sort).perPage(1000).page(65535).order("desc").build().problems())
                    .isEmpty();
        }
        assertThat(ListTrainingJobsQuery.defaults()).isEqualTo(new ListTrainingJobsQuery(null, null, null, null, null, null, null));
        assertThat(ListTrainingJobsQuery.defaults().withPage(65536).problems()).containsExactly("page is 65536: expected 1-65535");
    }

    @Test
    void configQueryReportsEveryProblem() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> JobConfigQuery.builder().perPage(0).page(0).sortBy("job_name").order("x").configType("shared").build());

        assertThat(e.problems()).containsExactly(
                "per_page is 0: expected 1-1000",
                "page is 0: expected 1-2147483647",
                "sortBy 'job_name' is not valid: expected one of config_desc, config_name, create_time",
                "order 'x' is not valid: expected asc or desc",
                "config_type 'shared' is not valid: expected custom or sample");
    }

    @Test
    void sampleConfigurationsCannotBeSortedByCreationTime() {
        assertThat(new JobConfigQuery(null, null, "create_time", null, null, "sample").problems()).containsExactly(
                "sortBy create_time is not available for sample configurations: use config_name or config_desc");
        assertThat(new JobConfigQuery(null, null, "create_time", null, null, "custom").problems()).isEmpty();
    }
}
