// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.Permission;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The constructors set {@link #clazz} as the real ones do (without the real no-arg constructor's sanity checks);
 * every other member throws. Of the members taking Stapler requests, only the {@code StaplerRequest2} overload of
 * {@code newInstance} is declared ({@code net.sf.json} from json-lib 2.4 on Maven Central, whose API Jenkins' fork keeps).
 */
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {

    public final transient Class<? extends T> clazz;

    @SuppressWarnings("unchecked")
    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz == self() ? (Class<? extends T>) getClass() : clazz;
    }

    @SuppressWarnings("unchecked")
    protected Descriptor() {
        this.clazz = (Class<? extends T>) getClass().getEnclosingClass();
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getId() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getConfigPage() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull Permission getRequiredGlobalConfigPagePermission() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static final class FormException extends Exception implements HttpResponse {

        private final String formField;

        public FormException(String message, String formField) {
            super(message);
            this.formField = formField;
        }

        public FormException(String message, Throwable cause, String formField) {
            super(message, cause);
            this.formField = formField;
        }

        public FormException(Throwable cause, String formField) {
            super(cause);
            this.formField = formField;
        }

        public String getFormField() {
            return formField;
        }
    }

    public static final class Self {}

    @SuppressWarnings("rawtypes")
    protected static Class self() {
        return Self.class;
    }
}
