package io.jenkins.plugins.modelarts.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest.Filter;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreationRangeTest {
    private static final long DAY = Duration.ofDays(1).toMillis();

    private static Watch created(long millis) {
        Watch w = new Watch(JobRef.v2("job-" + millis), 0, 1, x -> {}, x -> true);
        w.createdMillis = millis;
        return w;
    }

    @Test
    void reachesFromASecondBeforeTheOldestToADayAfterNow() {
        Filter f = CreationRange.of(List.of(created(50_000), created(20_000), created(90_000)), 100_000);
        assertThat(f.key()).isEqualTo("create_time");
        assertThat(f.operator()).isEqualTo(Filter.BETWEEN);
        assertThat(f.value()).containsExactly("19000", Long.toString(100_000 + DAY));
    }

    @Test
    void aJobCreatedAfterThePollersNowStillFallsInside() {
        // the server's clock ahead of the poller's: the newest job's creation bounds the range, not now
        Filter f = CreationRange.of(List.of(created(500_000)), 100_000);
        assertThat(f.value()).containsExactly("499000", Long.toString(500_000 + DAY));
    }

    @Test
    void noRangeWhileAnyCreationTimeIsUnknownOrThereIsNothingToFind() {
        assertThat(CreationRange.of(List.of(created(50_000), created(-1)), 100_000)).isNull();
        assertThat(CreationRange.of(List.of(), 100_000)).isNull();
    }
}
