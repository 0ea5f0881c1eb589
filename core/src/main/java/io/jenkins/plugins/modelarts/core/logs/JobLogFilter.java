package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.JobRef;
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
            return v2(job.id());
        }
        if (detail instanceof TrainingJobVersion v && v.jobId() != null) {
            return v1(v.jobId(), v.versionName(), v1FileNames);
        }
        return EVERY_OBJECT;
    }

    /**
     * The filter of the job {@code ref} names, the v1 version name given (as a report holds it; null for
     * v2), with the v1 file names read through {@code client}. A failure to read them leaves the name
     * pattern alone, and a v1 reference without a version or version name takes every object.
     */
    public static JobLogFilter forJob(ModelArtsClient client, JobRef ref, String versionName) {
        if (ref.api() == JobRef.Api.V2) {
            return v2(ref.jobId());
        }
        if (!ref.hasVersion() || versionName == null) {
            return EVERY_OBJECT;
        }
        List<String> names;
        try {
            names = client.jobsV1().logFileNames(ref.v1JobId(), ref.versionId()).logFileList();
        } catch (ModelArtsException e) {
            names = List.of(); // the name pattern still recognises the exported logs
        }
        return v1(ref.v1JobId(), versionName, names);
    }

    private static JobLogFilter v2(String jobId) {
        String id = jobId.toLowerCase(Locale.ROOT);
        return new JobLogFilter("names containing the job id " + id, name -> name.toLowerCase(Locale.ROOT).contains(id));
    }

    private static JobLogFilter v1(long jobId, String versionName, List<String> fileNames) {
        String prefix = "modelarts-job-" + jobId + "-" + versionName + "-";
        List<String> listed = fileNames == null ? List.of() : List.copyOf(fileNames);
        return new JobLogFilter("names starting with " + prefix + (listed.isEmpty() ? "" : " or " + String.join(", ", listed)),
                name -> name.startsWith(prefix) || listed.stream().anyMatch(name::startsWith));
    }
}
