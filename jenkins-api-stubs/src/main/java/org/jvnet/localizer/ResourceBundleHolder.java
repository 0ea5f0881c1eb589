// Stub of org.jvnet.localizer:localizer 1.31 — compile-only; see docs/jenkins-compatibility.md
package org.jvnet.localizer;

import java.io.Serializable;

public final class ResourceBundleHolder implements Serializable {

    @Deprecated
    public ResourceBundleHolder(Class<?> owner) {
    }

    public static synchronized ResourceBundleHolder get(Class<?> clazz) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
