package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a create that must not run twice. Creates are never retried blindly by the transport, so
 * when one fails ambiguously (the connection broke after sending, or the server failed with a
 * 5xx) the job may or may not exist. Then:
 * <ol>
 *   <li>look the job up by its exact name; if it exists, return it (re-attach);
 *   <li>if it does not, send the create once more;
 *   <li>if that resend reports a duplicate name (the first create landed late), look it up again
 *       and return it.
 * </ol>
 * If the lookup itself fails, nothing is resent: the original failure is thrown with the lookup
 * failure suppressed, since resending without knowing could create a second job. Unambiguous
 * failures (4xx, including a duplicate name on the first send) are thrown as they are.
 */
final class AmbiguousCreate {
    private AmbiguousCreate() {}

    static <T> T send(Supplier<T> create, Supplier<Optional<T>> lookup) {
        try {
            return create.get();
        } catch (ModelArtsException first) {
            if (!isAmbiguous(first)) {
                throw first;
            }
            Optional<T> existing = lookupAfter(first, lookup);
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                return create.get();
            } catch (ApiException again) {
                if (!again.isDuplicateName()) {
                    throw again;
                }
                return lookupAfter(again, lookup).orElseThrow(() -> again);
            }
        }
    }

    static boolean isAmbiguous(ModelArtsException e) {
        return e instanceof TransportException || (e instanceof ApiException api && api.isServerError());
    }

    private static <T> Optional<T> lookupAfter(ModelArtsException failure, Supplier<Optional<T>> lookup) {
        try {
            return lookup.get();
        } catch (ModelArtsException lookupFailed) {
            failure.addSuppressed(lookupFailed);
            throw failure;
        }
    }
}
