// Stub of org.jenkins-ci:annotation-indexer 1.17 — compile-only; see docs/jenkins-compatibility.md
package org.jvnet.hudson.annotation_indexer;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an annotation whose uses are listed in {@code META-INF/services/annotations/<annotation>} by the real
 * annotation-indexer processor. That processor is not on Maven Central, so builds against these stubs do not
 * write the index; only the real-artifact build does.
 */
@Documented
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface Indexed {
    Class<? extends Validator>[] validators() default {};
}
