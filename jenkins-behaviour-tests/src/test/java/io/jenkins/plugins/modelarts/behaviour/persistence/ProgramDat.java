package io.jenkins.plugins.modelarts.behaviour.persistence;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.ObjectResolver;
import org.jboss.marshalling.SimpleClassResolver;
import org.jboss.marshalling.Unmarshaller;
import org.jboss.marshalling.river.RiverMarshallerFactory;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A build's {@code program.dat} as workflow-support writes and reads it (its {@code RiverWriter} and
 * {@code RiverReader}, read for facts only): JBoss Marshalling River through {@link RiverMarshallerFactory},
 * a {@link MarshallingConfiguration} whose only setting when writing is an {@link ObjectResolver}, and, when
 * reading, that resolver's inverse plus a {@link SimpleClassResolver} on the plugin's class loader.
 *
 * <p>The resolver: workflow-support replaces the build's {@code FlowExecutionOwner} with a {@code DryOwner}
 * placeholder and "pickles" live values (workspaces, executors...) into capsules; on reading, the placeholder
 * becomes the owner of the resumed build again. A step execution reaches that owner through its
 * {@link StepContext} (a {@code CpsStepContext}, serializable, holding the owner), so the context is never
 * written as a live object. Here the context itself plays the owner: it is written as a {@link DryContext} and
 * read back as the context of the resumed build. Anything else live ({@link Run}, {@link TaskListener},
 * {@link Secret}, a {@link ModelArtsClient}) has no pickle, and meeting one fails the write, as writing a
 * non-serializable object fails River.
 *
 * <p>Simplified: one stream, without workflow-support's header, its second (pickles) stream and the Groovy
 * sandbox the real writer runs in; none of them changes how the plugin's objects are written.
 */
public final class ProgramDat {
    private ProgramDat() {}

    /** What one write produced: the bytes and the class of every object River wrote, in order of meeting. */
    public static final class Written {
        private final byte[] bytes;
        private final Set<Class<?>> classes;

        Written(byte[] bytes, Set<Class<?>> classes) {
            this.bytes = bytes;
            this.classes = Collections.unmodifiableSet(classes);
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        /** The bytes as text, to look for strings that must not be there (River writes ASCII as is). */
        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        public Set<Class<?>> classes() {
            return classes;
        }
    }

    /** The placeholder written instead of the step's context (workflow-support's {@code DryOwner}). */
    public static final class DryContext implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Writes {@code program} as the main body of program.dat. */
    public static Written write(Object program) throws IOException {
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Object> live = new ArrayList<>();
        MarshallingConfiguration config = new MarshallingConfiguration();
        config.setObjectResolver(new ObjectResolver() {
            @Override
            public Object readResolve(Object replacement) {
                throw new IllegalStateException("a writer's resolver never reads");
            }

            @Override
            public Object writeReplace(Object original) {
                if (original instanceof StepContext) {
                    seen.add(DryContext.class);
                    return new DryContext();
                }
                seen.add(original.getClass());
                if (original instanceof Run || original instanceof TaskListener || original instanceof Secret
                        || original instanceof ModelArtsClient) {
                    live.add(original);
                }
                return original;
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Marshaller marshaller = new RiverMarshallerFactory().createMarshaller(config);
        marshaller.start(Marshalling.createByteOutput(bytes));
        marshaller.writeObject(program);
        marshaller.finish();
        if (!live.isEmpty()) {
            throw new NotSerializableException("live objects would be written into program.dat: " + live);
        }
        return new Written(bytes.toByteArray(), seen);
    }

    /** Reads what {@link #write} wrote, giving the resumed build's {@code context} to every placeholder. */
    public static <T> T read(Written written, Class<T> type, StepContext context) throws IOException, ClassNotFoundException {
        MarshallingConfiguration config = new MarshallingConfiguration();
        config.setClassResolver(new SimpleClassResolver(type.getClassLoader()));
        config.setObjectResolver(new ObjectResolver() {
            @Override
            public Object readResolve(Object replacement) {
                return replacement instanceof DryContext ? context : replacement;
            }

            @Override
            public Object writeReplace(Object original) {
                throw new IllegalStateException("a reader's resolver never writes");
            }
        });
        Unmarshaller unmarshaller = new RiverMarshallerFactory().createUnmarshaller(config);
        unmarshaller.start(Marshalling.createByteInput(new ByteArrayInputStream(written.bytes)));
        try {
            return type.cast(unmarshaller.readObject());
        } finally {
            unmarshaller.finish();
        }
    }

    /** Writes and reads back, as a controller restart does. */
    public static <T> T roundTrip(T program, Class<T> type, StepContext context) throws IOException, ClassNotFoundException {
        return read(write(program), type, context);
    }
}
