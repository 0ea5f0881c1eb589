package io.jenkins.plugins.modelarts.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one emulator per test class and resets it before each test:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();
 *
 * @Test
 * void something(ModelArtsEmulator emulator) { ... }   // or EMULATOR.emulator()
 * }</pre>
 */
public final class ModelArtsEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    private final ModelArtsEmulator.Builder builder;
    private ModelArtsEmulator emulator;

    public ModelArtsEmulatorExtension() {
        this(ModelArtsEmulator.builder());
    }

    /** With settings of your own (a clock, credentials, auth off). */
    public ModelArtsEmulatorExtension(ModelArtsEmulator.Builder builder) {
        this.builder = builder;
    }

    public ModelArtsEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator starts before all tests of the class; register the extension as a static field");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = builder.build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ModelArtsEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator();
    }
}
