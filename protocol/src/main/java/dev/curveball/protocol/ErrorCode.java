package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The closed list of error codes a client can receive. The code is stable and machine-readable; the message
 * that travels with it is for humans and may change.
 */
public enum ErrorCode {
    /** The frame is not valid JSON, or a message is missing a field or has one of the wrong shape. */
    BAD_MESSAGE("bad-message"),
    /** The message's {@code type} is not one a client may send. */
    UNKNOWN_TYPE("unknown-type"),
    /** {@code hello} named a protocol version this server does not speak. */
    UNSUPPORTED_PROTOCOL("unsupported-protocol"),
    /** The room exists but the token does not open it. */
    BAD_TOKEN("bad-token"),
    /** The token is an invite link the host has since reset (or the link of someone the host removed). */
    LINK_RESET("link-reset"),
    /** No room has this id. */
    UNKNOWN_ROOM("unknown-room"),
    /** The HTTP cohort API: no cohort has this id. */
    UNKNOWN_COHORT("unknown-cohort"),
    /** A room command arrived before a successful {@code hello}. */
    NOT_JOINED("not-joined"),
    /** A second {@code hello} on a socket that already joined. */
    ALREADY_JOINED("already-joined"),
    /** The participant's seat or capability does not allow the command. */
    FORBIDDEN("forbidden"),
    /** The command does not apply to the room's current state (for example pausing a timer that is not running). */
    INVALID_STATE("invalid-state"),
    /** A field or frame exceeds a configured limit. */
    TOO_LARGE("too-large"),
    /** The room already has its configured maximum of participants. */
    ROOM_FULL("room-full"),
    /**
     * The participant (all their sockets together), the client address, or a socket before it joined sent more
     * messages than the configured rate allows; the message was dropped. Also: too many rooms created (HTTP 429).
     */
    RATE_LIMITED("rate-limited"),
    /** The participant already holds the configured maximum of sockets on this node; this one is closed. */
    TOO_MANY_SOCKETS("too-many-sockets"),
    /**
     * A notes edit is based on a revision older than the document's kept history: fetch the document
     * ({@code notes.fetch}) and rebase pending edits on it.
     */
    RESYNC_REQUIRED("resync-required"),
    /** The server could not complete the command; nothing was changed and it is safe to retry. */
    UNAVAILABLE("unavailable");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
