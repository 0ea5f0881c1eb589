package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One version of an emulated v1 job: its config as sent and its run. */
record V1Version(long id, String name, Long preVersionId, ObjectNode config, TrainingRun run) {}
