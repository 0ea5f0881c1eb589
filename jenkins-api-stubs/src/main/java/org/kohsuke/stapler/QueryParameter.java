// Stub of org.kohsuke.stapler:stapler 1903.1905.ve5a_f469356f0 — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real annotation is also meta-annotated {@code @InjectedParameter(QueryParameter.HandlerImpl.class)} and has a
 * nested {@code HandlerImpl}; both only matter to Stapler at runtime and are dropped from this stub.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
