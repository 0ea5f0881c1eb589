package io.jenkins.plugins.modelarts.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version Maven wrote into the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ModelArtsCommand.class.getPackage().getImplementationVersion();
        return new String[] {"modelarts " + (v == null ? "development build" : v)};
    }
}
