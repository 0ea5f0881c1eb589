package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import java.util.List;

/** {@code --threshold NAME=VALUE} options as core's {@link FindingThresholds}; bad ones are a usage error. */
final class Thresholds {
    private Thresholds() {}

    static FindingThresholds parse(List<String> assignments) {
        try {
            return FindingThresholds.defaults().with(assignments == null ? List.of() : assignments);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--threshold: " + e.getMessage());
        }
    }
}
