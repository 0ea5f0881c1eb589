package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.CreateOutcomeUnknownException;
import io.jenkins.plugins.modelarts.client.errors.DeadlineExceededException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a create that must not run twice. Creates are never retried blindly by the transport, so
 * when one fails ambiguously the job may or may not exist. Ambiguous is: no answer (the connection
 * broke or timed out after sending), a 5xx, and an answer that could not be used (malformed or
 * truncated JSON, the wrong shape, no job id: the job was most likely created). Then, as long as
 * the transport's {@link RetryPolicy} allows attempts (the create's sends count, lookups do not):
 * <ol>
 *   <li>wait the policy's backoff ({@code Retry-After} when the answer had one), never past the
 *       transport's deadline;
 *   <li>look the job up by its exact name; if it exists, return it (re-attach);
 *   <li>if it does not, send the create again;
 *   <li>if that resend reports a duplicate name (an earlier create landed late), look it up again
 *       and return it.
 * </ol>
 * When no attempt is left, or the deadline leaves no time for the backoff, the lookup still runs
 * (at once): a job found is returned, none found throws the last failure (nothing was created). If a lookup fails, or the deadline leaves no time for it,
 * nothing is resent: a {@link CreateOutcomeUnknownException} names the job that may exist.
 * Unambiguous failures (4xx, including a duplicate name on the first send) are thrown as they are.
 */
final class AmbiguousCreate {
    private AmbiguousCreate() {}

    static <T> CreateResult<T> send(ApiTransport transport, String jobName, Supplier<T> create,
            Supplier<Optional<T>> lookup) {
        RetryPolicy policy = transport.retryPolicy();
        ModelArtsException last;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return CreateResult.created(create.get());
            } catch (ModelArtsException e) {
                if (attempts > 1 && e instanceof ApiException api && api.isDuplicateName()) {
                    return CreateResult.foundByName(lookup(jobName, e, lookup, transport).orElseThrow(() -> e));
                }
                if (!isAmbiguous(e)) {
                    throw e;
                }
                last = e;
            }
            Duration delay = policy.delayBeforeRetry(attempts,
                    last instanceof ApiException api ? api.retryAfter() : Optional.empty(), transport.random());
            Deadline deadline = transport.deadline();
            boolean timeForAnother = deadline == null || delay.compareTo(deadline.remaining()) < 0;
            if (timeForAnother) {
                sleep(transport, delay, jobName, last);
            }
            Optional<T> existing = lookup(jobName, last, lookup, transport);
            if (existing.isPresent()) {
                return CreateResult.foundByName(existing.get());
            }
            if (!timeForAnother || !policy.hasAttemptsLeft(attempts)) {
                throw last;
            }
        }
    }

    /**
     * Whether the create may have made its job: an I/O failure after sending, a 5xx, or an answer
     * that could not be read. A deadline that passed before a send is not: the transport throws it
     * only when nothing can have reached the service.
     */
    static boolean isAmbiguous(ModelArtsException e) {
        if (e instanceof DeadlineExceededException) {
            return false;
        }
        return e instanceof TransportException
                || e instanceof ResponseDecodingException
                || (e instanceof ApiException api && api.isServerError());
    }

    private static <T> Optional<T> lookup(String jobName, ModelArtsException failure, Supplier<Optional<T>> lookup,
            ApiTransport transport) {
        Deadline deadline = transport.deadline();
        if (deadline != null && deadline.hasPassed()) {
            throw new CreateOutcomeUnknownException(jobName, failure, null);
        }
        try {
            return lookup.get();
        } catch (ModelArtsException lookupFailed) {
            throw new CreateOutcomeUnknownException(jobName, failure, lookupFailed);
        }
    }

    private static void sleep(ApiTransport transport, Duration delay, String jobName, ModelArtsException failure) {
        try {
            transport.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CreateOutcomeUnknownException(jobName, failure, null);
        }
    }
}
