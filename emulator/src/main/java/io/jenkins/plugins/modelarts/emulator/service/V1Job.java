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

    V1Version latest() {
        return ((ConcurrentSkipListMap<Long, V1Version>) versions).lastEntry().getValue();
    }
}
