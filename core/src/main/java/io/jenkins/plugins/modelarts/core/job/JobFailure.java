package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a v2 job failed, as the service said it (seeds 001 and 004): its level-2
 * {@code status.secondary_phase} and each {@code status.task_statuses} entry (task, exit code,
 * message). The one place the CLI, the steps and the reports take a failure's explanation from.
 *
 * @param secondaryPhase the level-2 status, e.g. {@code CreateFailed}; null when not reported
 * @param tasks the task statuses the service reported, possibly none
 */
public record JobFailure(String secondaryPhase, List<Task> tasks) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How one task ended. */
    public record Task(String task, Integer exitCode, String message) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** {@code worker-0 exited with code 1: CUDA out of memory}. */
        public String describe() {
            StringBuilder s = new StringBuilder(task == null ? "a task" : task);
            s.append(exitCode == null ? " failed" : " exited with code " + exitCode);
            if (message != null && !message.isBlank()) {
                s.append(": ").append(message.strip());
            }
            return s.toString();
        }
    }

    public JobFailure {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The explanation of a job read ({@link JobSnapshot#detail()}) that ended failed (v2 Failed or Abnormal); empty otherwise. */
    public static Optional<JobFailure> of(Object detail) {
        if (!(detail instanceof TrainingJob job) || job.status() == null || job.status().state() != JobState.FAILED) {
            return Optional.empty();
        }
        TrainingJobStatus status = job.status();
        List<Task> tasks = new ArrayList<>();
        if (status.taskStatuses() != null) {
            for (TrainingJobStatus.TaskStatus t : status.taskStatuses()) {
                if (t != null) {
                    tasks.add(new Task(t.task(), t.exitCode(), t.message()));
                }
            }
        }
        return Optional.of(new JobFailure(status.secondaryPhase(), tasks));
    }

    /** One line per fact: {@code secondary phase: Failed}, then one per task. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (secondaryPhase != null && !secondaryPhase.isBlank()) {
            lines.add("secondary phase: " + secondaryPhase);
        }
        tasks.forEach(t -> lines.add(t.describe()));
        return lines;
    }

    /** The lines joined with {@code "; "}, or an empty string when the service said nothing more. */
    public String summary() {
        return String.join("; ", lines());
    }
}
