// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** All four {@code filter} overloads are declared so overload resolution matches the real class. */
@SuppressWarnings("rawtypes")
public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    @NonNull
    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher never() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher not(@NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher instanceOf(@NonNull Class clazz) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher withScope(@NonNull CredentialsScope scope) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher withUsername(@NonNull String username) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher allOf(@NonNull CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static CredentialsMatcher anyOf(@NonNull CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> Collection<C> filter(@NonNull Collection<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> Set<C> filter(@NonNull Set<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> List<C> filter(@NonNull List<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> Iterable<C> filter(@NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static <C extends Credentials> C firstOrNull(@NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
