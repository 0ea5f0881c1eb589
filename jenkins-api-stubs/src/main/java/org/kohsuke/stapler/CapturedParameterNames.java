// Stub of org.kohsuke.stapler:stapler (as Jenkins core 2.479.x ships it) — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * The parameter names of a data-bound constructor, read by Stapler before any other source of names. The plugin
 * puts it on constructors with parameters so that Stapler 1.263 (the newest on Maven Central, whose bytecode
 * reader cannot parse Java 17 classes) binds them in jenkins-behaviour-tests; current Stapler reads it first too.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface CapturedParameterNames {
    String[] value();
}
