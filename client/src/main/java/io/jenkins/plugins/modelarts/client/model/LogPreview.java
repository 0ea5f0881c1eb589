package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A v2 task's log from {@code GET .../training-jobs/{id}/tasks/{task_id}/logs/preview}: the whole
 * log when it is small, else its newest part (at most 5 MB). {@code current_size} is how many
 * bytes {@link #content()} holds, {@code full_size} how large the log is. Before March 2022 the
 * content field was called {@code context}; both names are read.
 */
public record LogPreview(@JsonAlias("context") String content, Long currentSize, Long fullSize) {

    /** No log yet (the service answered 204 or an empty body). */
    public static LogPreview empty() {
        return new LogPreview("", 0L, 0L);
    }

    /** Whether the log is larger than what {@link #content()} holds. */
    public boolean truncated() {
        return fullSize != null && currentSize != null && fullSize > currentSize;
    }
}
