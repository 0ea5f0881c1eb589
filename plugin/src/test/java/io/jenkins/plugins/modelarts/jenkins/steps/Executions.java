package io.jenkins.plugins.modelarts.jenkins.steps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** Helpers for driving executions as Pipeline would. */
final class Executions {
    private Executions() {}

    /** The execution as Pipeline writes it into program.dat (Java serialization stands in for JBoss Marshalling). */
    static byte[] serialize(StepExecution execution) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(execution);
        }
        return bytes.toByteArray();
    }

    static <T extends StepExecution> T restore(byte[] bytes, Class<T> type) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(in.readObject());
        }
    }
}
