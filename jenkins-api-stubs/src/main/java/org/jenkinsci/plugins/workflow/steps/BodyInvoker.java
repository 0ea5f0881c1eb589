// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

/** No members declared (only the return type of {@code StepContext.newBodyInvoker()}). */
public abstract class BodyInvoker {
}
