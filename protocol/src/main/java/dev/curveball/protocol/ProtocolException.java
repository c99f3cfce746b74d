package dev.curveball.protocol;

/** A client frame that cannot be accepted, with the error code and message to send back. */
public final class ProtocolException extends Exception {
    private final ErrorCode code;
    private final Long id;

    public ProtocolException(ErrorCode code, String message, Long id) {
        super(message, null, false, false);
        this.code = code;
        this.id = id;
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending message's {@code id}, when one could be read. */
    public Long id() {
        return id;
    }
}
