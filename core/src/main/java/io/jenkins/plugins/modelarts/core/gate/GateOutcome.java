package io.jenkins.plugins.modelarts.core.gate;

/** The verdict of a gate, in Jenkins' terms: the build result it leads to. */
public enum GateOutcome {
    PASS,
    /** A rule failed and the gate was set to warn: the build continues, marked unstable. */
    UNSTABLE,
    FAILURE
}
