package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest.Filter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTrainingJobsRequestTest {

    @Test
    void vendorSampleRequestRoundTripsAndIsValid() {
        SearchTrainingJobsRequest sample = Fixtures.read(getClass(), "sample", SearchTrainingJobsRequest.class);

        assertThat(sample.offset()).isZero();
        assertThat(sample.limit()).isEqualTo(1);
        assertThat(sample.filters()).hasSize(7);
        assertThat(sample.filters().get(0)).isEqualTo(Filter.like("name", "trainjob"));
        assertThat(sample.filters().get(4)).isEqualTo(Filter.in("kind", List.of()));
        assertThat(sample.problems()).isEmpty();
        assertThat(Fixtures.tree(sample)).isEqualTo(Fixtures.json(getClass(), "sample"));
    }

    @Test
    void filterHelpersBuildTheWireShape() {
        SearchTrainingJobsRequest request = SearchTrainingJobsRequest.builder()
                .offset(2).limit(50).order("asc")
                .filter(Filter.like("name", "resnet"))
                .filter(Filter.in("phase", "Running", "Pending"))
                .filter(Filter.not("kind", "hetero_job"))
                .filter(Filter.between("create_time", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000)))
                .build();

        assertThat(Fixtures.tree(request)).isEqualTo(Fixtures.parse("""
                {"offset": 2, "limit": 50, "order": "asc", "filters": [
                  {"key": "name", "operator": "like", "value": ["resnet"]},
                  {"key": "phase", "operator": "in", "value": ["Running", "Pending"]},
                  {"key": "kind", "operator": "not", "value": ["hetero_job"]},
                  {"key": "create_time", "operator": "between", "value": ["1000", "2000"]}]}
                """));
    }

    @Test
    void emptySearchSendsAnEmptyObject() {
        assertThat(Fixtures.tree(SearchTrainingJobsRequest.builder().build())).isEqualTo(Fixtures.parse("{}"));
    }

    @Test
    void everyProblemIsReported() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class, () -> SearchTrainingJobsRequest
                .builder()
                .offset(-1).limit(51).order("up").sortBy(" ")
                .filter(new Filter(" ", "equals", null))
                .filter(new Filter("create_time", "between", List.of("1")))
                .filter(new Filter("phase", null, List.of("x")))
                .build());

        assertThat(e.problems()).containsExactly(
                "offset is -1: expected a page index, 0 or more",
                "limit is 51: expected 1-50",
                "order 'up' is not valid: expected asc or desc",
                "sort_by is blank: leave it out to sort by create_time",
                "filters[0].key is required: the field to filter on, such as name or phase",
                "filters[0].operator 'equals' is not valid: expected one of between, like, in, not",
                "filters[0].value is required: a list of strings",
                "filters[1].value has 1 entries: between takes exactly two (from, to)",
                "filters[2].operator is required: one of between, like, in, not");
        assertThat(e.getMessage()).startsWith("Training job search is not valid (9 problems)");
    }

    @Test
    void pagingCopiesKeepEverythingElse() {
        SearchTrainingJobsRequest request = SearchTrainingJobsRequest.builder().sortBy("name").filter(Filter.like("name", "a")).build();

        SearchTrainingJobsRequest page = request.withLimit(50).withOffset(3);

        assertThat(page).isEqualTo(new SearchTrainingJobsRequest(3, 50, "name", null, null, List.of(Filter.like("name", "a"))));
        assertThat(page.newBuilder().offset(0).build().filters()).containsExactly(Filter.like("name", "a"));
    }
}
