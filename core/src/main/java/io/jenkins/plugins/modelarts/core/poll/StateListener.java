package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.core.job.JobSnapshot;

/** Told when a watched job's state changes. Runs on the poller's thread: keep it quick and never block. */
@FunctionalInterface
public interface StateListener {
    StateListener NONE = snapshot -> {};

    void onStateChange(JobSnapshot snapshot);
}
