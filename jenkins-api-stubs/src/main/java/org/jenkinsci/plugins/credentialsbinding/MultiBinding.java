// Stub of org.jenkins-ci.plugins:credentials-binding 687.v619cb_15e923f — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;

/**
 * {@link #getCredentialsId()} and {@link MultiEnvironment} work as in the plugin; lookups ({@link #getCredentials},
 * {@link #getDescriptor()}) and the {@code variables} defaults throw.
 */
public abstract class MultiBinding<C extends StandardCredentials> extends AbstractDescribableImpl<MultiBinding<C>> implements ExtensionPoint {

    private final String credentialsId;

    protected MultiBinding(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    protected abstract Class<C> type();

    public final String getCredentialsId() {
        return credentialsId;
    }

    public static final class MultiEnvironment implements Serializable {
        private static final long serialVersionUID = 1;

        private Map<String, String> secretValues;

        private Map<String, String> publicValues;

        private final Unbinder unbinder;

        public MultiEnvironment(Map<String, String> secretValues) {
            this(secretValues, Collections.emptyMap());
        }

        public MultiEnvironment(Map<String, String> secretValues, Map<String, String> publicValues) {
            this(secretValues, publicValues, new NullUnbinder());
        }

        public MultiEnvironment(Map<String, String> secretValues, Unbinder unbinder) {
            this(secretValues, Collections.emptyMap(), unbinder);
        }

        public MultiEnvironment(Map<String, String> secretValues, Map<String, String> publicValues, Unbinder unbinder) {
            this.secretValues = new LinkedHashMap<>(secretValues);
            this.publicValues = new LinkedHashMap<>(publicValues);
            Set<String> both = new HashSet<>(secretValues.keySet());
            both.retainAll(publicValues.keySet());
            if (!both.isEmpty()) {
                throw new IllegalArgumentException("Cannot use the same key in both secretValues and publicValues");
            }
            this.unbinder = unbinder;
        }

        @Deprecated
        public Map<String, String> getValues() {
            return Collections.unmodifiableMap(secretValues);
        }

        public Map<String, String> getSecretValues() {
            return Collections.unmodifiableMap(secretValues);
        }

        public Map<String, String> getPublicValues() {
            return Collections.unmodifiableMap(publicValues);
        }

        public Unbinder getUnbinder() {
            return unbinder;
        }
    }

    public interface Unbinder extends Serializable {
        void unbind(@NonNull Run<?, ?> build,
                    @Nullable FilePath workspace,
                    @Nullable Launcher launcher,
                    @NonNull TaskListener listener) throws IOException, InterruptedException;
    }

    /** Does nothing, as in the plugin. */
    protected static final class NullUnbinder implements Unbinder {
        private static final long serialVersionUID = 1;

        @Override
        public void unbind(@NonNull Run<?, ?> build,
                           @Nullable FilePath workspace,
                           @Nullable Launcher launcher,
                           @NonNull TaskListener listener) {
        }
    }

    public abstract MultiEnvironment bind(@NonNull Run<?, ?> build,
                                          @Nullable FilePath workspace,
                                          @Nullable Launcher launcher,
                                          @NonNull TaskListener listener) throws IOException, InterruptedException;

    /**
     * @deprecated override {@link #variables(Run)}
     */
    @Deprecated
    public Set<String> variables() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public Set<String> variables(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    protected final @NonNull C getCredentials(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public BindingDescriptor<C> getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
