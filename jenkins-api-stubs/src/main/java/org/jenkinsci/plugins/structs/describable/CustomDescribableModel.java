// Stub of org.jenkins-ci.plugins:structs 350.v3b_30f09f2363 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.structs.describable;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;

/**
 * Implemented by a descriptor to adjust how Pipeline arguments become its describable ({@code DescribableModel}
 * calls {@link #customInstantiate} with the script's arguments before binding them). The defaults return their
 * argument, as in structs. {@code customUninstantiate} and {@code of(Class)} are not declared here.
 */
public interface CustomDescribableModel {
    default @NonNull Map<String, Object> customInstantiate(@NonNull Map<String, Object> arguments) {
        return arguments;
    }
}
