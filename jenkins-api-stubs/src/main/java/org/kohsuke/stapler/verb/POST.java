// Stub of org.kohsuke.stapler:stapler 1903.1905.ve5a_f469356f0 — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real annotation is also meta-annotated
 * {@code @InterceptorAnnotation(value = HttpVerbInterceptor.class, stage = Stage.SELECTION)}, which only matters to
 * Stapler at runtime and is dropped from this stub.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {}
