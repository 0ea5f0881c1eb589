package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.init.Initializer;
import hudson.init.Terminator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Indexable;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.annotation_indexer.Indexed;

class AnnotationIndexingTest {

    @Test
    void extensionIsRuntimeRetainedAndSezPozIndexable() throws Exception {
        assertThat(Extension.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Extension.class.isAnnotationPresent(Indexable.class)).isTrue();
        assertThat(Extension.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.TYPE, ElementType.FIELD, ElementType.METHOD);
        assertThat(Extension.class.getMethod("ordinal").getDefaultValue()).isEqualTo(0.0d);
        assertThat(Extension.class.getMethod("optional").getDefaultValue()).isEqualTo(false);
        assertThat(Extension.class.getMethod("dynamicLoadable").getDefaultValue()).isEqualTo(YesNoMaybe.MAYBE);
    }

    @Test
    void symbolIsIndexedForTheAnnotationIndexer() {
        assertThat(Symbol.class.isAnnotationPresent(Indexed.class)).isTrue();
        assertThat(Symbol.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Symbol.class.getAnnotation(Target.class).value()).containsExactly(ElementType.TYPE);
    }

    @Test
    void initializerAndTerminatorAreIndexedMethodAnnotations() {
        assertThat(Initializer.class.isAnnotationPresent(Indexed.class)).isTrue();
        assertThat(Terminator.class.isAnnotationPresent(Indexed.class)).isTrue();
        assertThat(Terminator.class.getAnnotation(Target.class).value()).containsExactly(ElementType.METHOD);
    }
}
