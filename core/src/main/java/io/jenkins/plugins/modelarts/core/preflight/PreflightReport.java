package io.jenkins.plugins.modelarts.core.preflight;

import java.util.List;
import java.util.Map;

/** Every check of one pre-flight, in the order of the request's fields. */
public record PreflightReport(List<PreflightCheck> checks) {
    public PreflightReport {
        checks = List.copyOf(checks);
    }

    /** Whether a check found something definitely missing: a real create must not be sent. */
    public boolean hasMissing() {
        return count(CheckResult.MISSING) > 0;
    }

    public long count(CheckResult result) {
        return checks.stream().filter(c -> c.result() == result).count();
    }

    /** {@code Pre-flight: 5 ok, 1 missing, 1 unchecked}. */
    public String summary() {
        return "Pre-flight: " + count(CheckResult.OK) + " ok, " + count(CheckResult.MISSING) + " missing, "
                + count(CheckResult.UNCHECKED) + " unchecked";
    }

    /** The missing checks' fields and paths, for a refusal: {@code config.data_url /b/data/, config.spec_id 9}. */
    public String missingList() {
        return String.join(", ", checks.stream()
                .filter(c -> c.result() == CheckResult.MISSING)
                .map(c -> c.what() + " " + c.path())
                .toList());
    }

    /** The checks as maps ({@link PreflightCheck#toMap()}). */
    public List<Map<String, Object>> toMaps() {
        return checks.stream().map(PreflightCheck::toMap).toList();
    }
}
