package io.jenkins.plugins.modelarts.client.errors;

/**
 * The service answered, but the body could not be understood (malformed or truncated JSON, an
 * unexpected shape). The message names the call and the HTTP status and quotes at most a short,
 * single-line prefix of the body.
 */
public class ResponseDecodingException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    public ResponseDecodingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always worth asking again later. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
