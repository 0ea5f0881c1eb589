package io.jenkins.plugins.modelarts.core.gate;

/** The verdict of a gate, in Jenkins' terms: the build result it leads to. */
public enum GateOutcome {
    PASS,
    /** A rule failed and the gate was set to warn: the build continues, marked unstable. */
    UNSTABLE,
    FAILURE,
    /**
     * A rule failed and someone overrode the gate with a reason ({@link GateOverride}): the build
     * succeeds, and the failed rules and the override are kept with the verdict.
     */
    OVERRIDDEN
}
