// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;

/** Member-less marker here; the plugin never calls the real interface's own methods. */
public interface RunWithSCM<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
}
