// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.queue.SubTask;
import jenkins.console.WithConsoleUrl;

/** Only the nested types are needed; the real class is {@code @ExportedBean} (runtime-only; dropped). */
public class Queue extends ResourceController implements Saveable {

    public Queue(@NonNull LoadBalancer loadBalancer) {
    }

    /** Member-less here; the plugin only uses it in {@code instanceof} checks and with {@code Tasks}. */
    public interface Task extends ModelObject, SubTask {
    }

    /** Member-less here (beyond {@link Runnable#run()}). */
    public interface Executable extends Runnable, WithConsoleUrl {
    }
}
