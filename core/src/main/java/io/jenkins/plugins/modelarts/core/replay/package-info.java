/**
 * Recording a training job that ran, as a fixture the emulator replays ({@code modelarts job JOB --record
 * FILE}; the format is described in emulator/README.md, "Replay a recorded job").
 */
package io.jenkins.plugins.modelarts.core.replay;
