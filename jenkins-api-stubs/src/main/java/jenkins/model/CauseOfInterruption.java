// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.Serializable;
import java.util.Objects;

/**
 * The real class is {@code @ExportedBean} (runtime-only; dropped). {@link UserInterruption} works as a value
 * (id, short description with the real English text, equals/hashCode) so that {@code FlowInterruptedException}
 * messages and cause comparisons behave in tests; its {@code User}-based members are not declared.
 */
public abstract class CauseOfInterruption implements Serializable {
    private static final long serialVersionUID = 1L;

    public abstract String getShortDescription();

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static final class UserInterruption extends CauseOfInterruption {
        private static final long serialVersionUID = 1L;

        @NonNull
        private final String user;

        public UserInterruption(@NonNull String userId) {
            this.user = userId;
        }

        @NonNull
        public String getUserId() {
            return user;
        }

        @Override
        public String getShortDescription() {
            return "Aborted by " + user;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || getClass() != o.getClass()) {
                return false;
            }
            return user.equals(((UserInterruption) o).user);
        }

        @Override
        public int hashCode() {
            return Objects.hash(user);
        }
    }
}
