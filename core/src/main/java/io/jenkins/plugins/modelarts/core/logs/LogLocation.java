package io.jenkins.plugins.modelarts.core.logs;

import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import java.util.Optional;

/** Where a job writes its logs in OBS: v1 {@code log_url}, v2 {@code spec.log_export_path.obs_url}. */
public final class LogLocation {
    private LogLocation() {}

    /** @param detail a {@code TrainingJobVersion} (v1) or {@code TrainingJob} (v2), as in a JobSnapshot */
    public static Optional<ObsPath> of(Object detail) {
        String path = null;
        if (detail instanceof TrainingJobVersion v) {
            path = v.logUrl();
        } else if (detail instanceof TrainingJob job && job.spec() != null) {
            path = job.spec().path("log_export_path").path("obs_url").asText(null);
        }
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(ObsPath.parse(path));
    }
}
