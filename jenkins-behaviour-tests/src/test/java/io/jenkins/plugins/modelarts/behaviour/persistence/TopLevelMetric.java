package io.jenkins.plugins.modelarts.behaviour.persistence;

import java.io.Serializable;

/** A public top-level record, to show how River treats one (see {@link RecordsInRiverTest}). */
public record TopLevelMetric(String name, double value) implements Serializable {}
