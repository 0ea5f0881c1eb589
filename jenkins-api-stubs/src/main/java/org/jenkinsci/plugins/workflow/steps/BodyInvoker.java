// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 710.v3e456cc85233 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

/** No members declared (only the return type of {@code StepContext.newBodyInvoker()}). */
public abstract class BodyInvoker {
}
