package io.jenkins.plugins.modelarts.client;

import java.util.Objects;

/**
 * What a create that must not run twice returned: the job, and whether it was found by name after
 * an ambiguous failure (the create's own answer was lost or unusable, the job existed all the same)
 * rather than read from a create's answer. Front ends word their output on it ("Created" versus
 * "Re-attached"); nothing else depends on it.
 *
 * @param job the created job, as the create answered or as the lookup rebuilt it
 * @param foundByName whether the job came from the lookup that follows an ambiguous failure
 */
public record CreateResult<T>(T job, boolean foundByName) {
    public CreateResult {
        Objects.requireNonNull(job, "job == null");
    }

    static <T> CreateResult<T> created(T job) {
        return new CreateResult<>(job, false);
    }

    static <T> CreateResult<T> foundByName(T job) {
        return new CreateResult<>(job, true);
    }
}
