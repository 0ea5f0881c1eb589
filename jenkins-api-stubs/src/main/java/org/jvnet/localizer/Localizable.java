// Stub of org.jvnet.localizer:localizer 1.31 — compile-only; see docs/jenkins-compatibility.md
package org.jvnet.localizer;

import java.io.Serializable;
import java.util.Locale;

public class Localizable implements Serializable {

    public Localizable(ResourceBundleHolder holder, String key, Object... args) {
    }

    public String toString(Locale locale) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
