package io.jenkins.plugins.modelarts.client.model;

import java.util.List;

/**
 * The answer of {@code GET .../training-jobs/{job_id}/versions/{version_id}/log/file-names}: one
 * log file per worker, such as {@code job-name.0}. Documented as a string, sampled as an array;
 * both are read into {@link #logFileList()}, which is never null.
 */
public record LogFileNames(Boolean isSuccess, List<String> logFileList) {

    public LogFileNames {
        logFileList = logFileList == null ? List.of() : logFileList.stream().filter(n -> n != null && !n.isBlank()).toList();
    }
}
