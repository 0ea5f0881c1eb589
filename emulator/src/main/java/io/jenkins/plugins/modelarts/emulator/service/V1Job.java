package io.jenkins.plugins.modelarts.emulator.service;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** An emulated v1 job and its versions, newest last. */
final class V1Job {
    final long id;
    final String name;
    final String desc;
    final String workspaceId;
    final long createTime;
    final Map<Long, V1Version> versions = new ConcurrentSkipListMap<>();

    V1Job(long id, String name, String desc, String workspaceId, long createTime) {
        this.id = id;
        this.name = name;
        this.desc = desc;
        this.workspaceId = workspaceId;
        this.createTime = createTime;
    }

    /** The newest version, or null for a job created with {@code create_version: false} and none since. */
    V1Version latest() {
        var last = ((ConcurrentSkipListMap<Long, V1Version>) versions).lastEntry();
        return last == null ? null : last.getValue();
    }
}
