package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.logs.RecentLog;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.LogArchiving;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsLogs(jobId: '10', lines: 50)}: the newest lines of a job's log now, as the CLI's
 * {@code logs} command reads them (v1: a log file, by default the first one listed; v2: a task's log
 * preview, by default {@code worker-0}), returned as {@code lines}, {@code file} and {@code task}; with
 * {@code archive: true} the job's log objects are also copied into the build's artifacts under
 * {@code modelarts/logs/<job>/}, as a waiting step does, and {@code archived} says what was copied.
 */
public class LogsStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsLogs";
    public static final int DEFAULT_LINES = 100;

    private final JobTarget job;
    private int lines = DEFAULT_LINES;
    private String task;
    private String file;
    private boolean archive;
    private int maxArchiveMb = WaitSettings.DEFAULT_MAX_ARCHIVE_MB;

    @DataBoundConstructor
    @CapturedParameterNames("jobId")
    public LogsStep(String jobId) {
        this.job = JobTarget.jobId(jobId);
    }

    public String getJobId() {
        return job.id();
    }

    public Long getVersionId() {
        return job.versionId();
    }

    @DataBoundSetter
    public void setVersionId(Long versionId) {
        job.versionId(versionId);
    }

    public int getLines() {
        return lines;
    }

    @DataBoundSetter
    public void setLines(int lines) {
        this.lines = lines;
    }

    public String getTask() {
        return task;
    }

    @DataBoundSetter
    public void setTask(String task) {
        this.task = Util.fixEmptyAndTrim(task);
    }

    public String getFile() {
        return file;
    }

    @DataBoundSetter
    public void setFile(String file) {
        this.file = Util.fixEmptyAndTrim(file);
    }

    public boolean isArchive() {
        return archive;
    }

    @DataBoundSetter
    public void setArchive(boolean archive) {
        this.archive = archive;
    }

    public int getMaxArchiveMb() {
        return maxArchiveMb;
    }

    @DataBoundSetter
    public void setMaxArchiveMb(int maxArchiveMb) {
        this.maxArchiveMb = maxArchiveMb;
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        Connection connection = connection(context);
        JobRef ref = job.ref(this);
        check(problems(ref));
        return new Execution(context, connection, new Request(ref, file, task, lines, archive ? maxArchiveMb * 1024L * 1024L : 0));
    }

    /** Every problem with the values, the job id already checked. */
    private List<String> problems(JobRef ref) {
        List<String> problems = new ArrayList<>();
        RecentLog.checkLines(lines, true).ifPresent(p -> problems.add("lines " + p));
        if (ref.api() == JobRef.Api.V2 && file != null) {
            problems.add("file names a v1 log file; " + ref + " is a v2 job (use task)");
        }
        if (ref.api() == JobRef.Api.V1 && task != null) {
            problems.add("task names a v2 task; " + ref + " is a v1 job (use file)");
        }
        if (archive && maxArchiveMb < 1) {
            problems.add("maxArchiveMb must be at least 1, got " + maxArchiveMb);
        }
        return problems;
    }

    /**
     * What to read: the job, the log, how many lines, and the archive cap in bytes (0: no archiving). A class,
     * not a record: it goes into program.dat, and JBoss River cannot write a nested record.
     */
    static final class Request implements Serializable {
        private static final long serialVersionUID = 1L;
        private final JobRef ref;
        private final String file;
        private final String task;
        private final int lines;
        private final long maxArchiveBytes;

        Request(JobRef ref, String file, String task, int lines, long maxArchiveBytes) {
            this.ref = ref;
            this.file = file;
            this.task = task;
            this.lines = lines;
            this.maxArchiveBytes = maxArchiveBytes;
        }

        JobRef ref() {
            return ref;
        }

        String file() {
            return file;
        }

        String task() {
            return task;
        }

        int lines() {
            return lines;
        }

        long maxArchiveBytes() {
            return maxArchiveBytes;
        }
    }

    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final Request request;

        Execution(StepContext context, Connection connection, Request request) {
            super(context, connection);
            this.request = request;
        }

        @Override
        protected Object call(ModelArtsClient client) throws Exception {
            TrainingJobs jobs = new TrainingJobs(client);
            JobSnapshot snapshot = request.maxArchiveBytes() > 0 ? jobs.read(request.ref()) : null;
            JobRef ref = snapshot != null ? snapshot.ref() : jobs.resolve(request.ref());
            RecentLog.Tail tail = RecentLog.newest(client, ref, request.file(), request.task(), request.lines());
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("jobId", ref.jobId());
            value.put("versionId", ref.versionId());
            value.put("file", tail.file());
            value.put("task", tail.task());
            value.put("lines", new ArrayList<>(tail.lines()));
            log().println(ConsoleText.safe("ModelArts " + ref + ": " + tail.lines().size() + " log line(s)"
                    + (tail.file() != null ? " of " + tail.file() : tail.task() != null ? " of task " + tail.task() : "")));
            if (snapshot != null) {
                LogArchiving.Outcome outcome = new LogArchiving(runtime().clients(), connection, runtime().artifacts())
                        .archive(run(), listener(), snapshot, client, request.maxArchiveBytes());
                value.put("archived", archived(outcome));
            }
            return value;
        }

        private static Map<String, Object> archived(LogArchiving.Outcome outcome) {
            Map<String, Object> archived = new LinkedHashMap<>();
            archived.put("files", new ArrayList<>(outcome.files()));
            archived.put("bytes", outcome.bytes());
            archived.put("skipped", new ArrayList<>(outcome.skipped()));
            if (outcome.problem() != null) {
                archived.put("problem", outcome.problem());
            }
            return archived;
        }

        @Override
        protected String describe() {
            return "reading the log of ModelArts " + request.ref();
        }
    }

    @Extension
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Read (and optionally archive) a ModelArts training job's log";
        }
    }
}
