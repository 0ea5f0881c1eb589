// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.UUID;

/**
 * The plugin-internal {@code @LegacyMixIn} annotation of the real type is dropped. {@link Helpers} works as in the
 * plugin (pure).
 */
public interface IdCredentials extends Credentials {
    @NonNull
    String getId();

    final class Helpers {
        public static boolean equals(IdCredentials self, Object o) {
            if (self == o) {
                return true;
            }
            if (!(o instanceof IdCredentials)) {
                return false;
            }
            IdCredentials that = (IdCredentials) o;
            return self.getId().equals(that.getId());
        }

        public static int hashCode(IdCredentials self) {
            return self.getId().hashCode();
        }

        @NonNull
        public static String fixEmptyId(@CheckForNull String id) {
            return id == null || id.isEmpty() ? UUID.randomUUID().toString() : id;
        }
    }
}
