package dev.curveball.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The room's two capability tokens, kept only as hashes. */
public record Access(String hostTokenHash, String inviteTokenHash) {

    /** What a presented token opens. */
    public enum Capability { HOST, INVITE, NONE }

    public Capability open(String tokenHash) {
        if (same(hostTokenHash, tokenHash)) {
            return Capability.HOST;
        }
        if (same(inviteTokenHash, tokenHash)) {
            return Capability.INVITE;
        }
        return Capability.NONE;
    }

    /** Constant-time comparison, so response timing does not reveal how much of a hash matched. */
    static boolean same(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
