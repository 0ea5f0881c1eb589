package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which log objects belong to one job when several jobs share a log location (one spec file, a job
 * name per build): recognised by the object's file name, the last segment of its key.
 * <ul>
 *   <li>v2: the name contains the job's id (a UUID); ModelArts names exported logs
 *       {@code modelarts-job-<id>-<task>.log}, longer forms keep that beginning.</li>
 *   <li>v1: the name starts with {@code modelarts-job-<job id>-<version name>-} (the same pattern), or
 *       with one of the names the version's log file-names API lists (such as {@code teseJob.0}).</li>
 * </ul>
 *
 * @param description how the names are recognised, for the message about the objects left out
 * @param accepts true for the file names of this job's logs
 */
public record JobLogFilter(String description, Predicate<String> accepts) {
    /** Every object under the location, whichever job wrote it. */
    public static final JobLogFilter EVERY_OBJECT = new JobLogFilter("every object", name -> true);

    public JobLogFilter {
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(accepts, "accepts == null");
    }

    /**
     * @param detail a {@code TrainingJobVersion} (v1) or {@code TrainingJob} (v2), as in a JobSnapshot
     * @param v1FileNames for v1, the names the log file-names API gave for the version (may be empty)
     */
    public static JobLogFilter of(Object detail, List<String> v1FileNames) {
        if (detail instanceof TrainingJob job && job.id() != null) {
            String id = job.id().toLowerCase(Locale.ROOT);
            return new JobLogFilter("names containing the job id " + id,
                    name -> name.toLowerCase(Locale.ROOT).contains(id));
        }
        if (detail instanceof TrainingJobVersion v && v.jobId() != null) {
            String prefix = "modelarts-job-" + v.jobId() + "-" + v.versionName() + "-";
            List<String> listed = List.copyOf(v1FileNames);
            return new JobLogFilter("names starting with " + prefix
                    + (listed.isEmpty() ? "" : " or " + String.join(", ", listed)),
                    name -> name.startsWith(prefix) || listed.stream().anyMatch(name::startsWith));
        }
        return EVERY_OBJECT;
    }
}
