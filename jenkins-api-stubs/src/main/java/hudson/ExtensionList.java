// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

public class ExtensionList<T> extends AbstractList<T> implements OnMaster {

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
    }

    public @CheckForNull <U extends T> U get(@NonNull Class<U> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static @NonNull <U> U lookupFirst(Class<U> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
