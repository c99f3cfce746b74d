package dev.curveball.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The room's two capability tokens, kept only as hashes, and the invite links the host has reset since (so that
 * an old link is refused with {@code link-reset}, not taken for a typo).
 *
 * @param retiredInviteHashes the hashes of earlier invite links, newest last, at most {@link #RETIRED_KEPT}
 */
public record Access(String hostTokenHash, String inviteTokenHash, List<String> retiredInviteHashes) {
    /** Older resets than this are forgotten: their links then read as any wrong token, {@code bad-token}. */
    static final int RETIRED_KEPT = 16;

    /** What a presented token opens. {@code RETIRED} opens nothing: it is an invite link the host has reset. */
    public enum Capability { HOST, INVITE, RETIRED, NONE }

    public Access {
        retiredInviteHashes = retiredInviteHashes == null ? List.of() : List.copyOf(retiredInviteHashes);
    }

    public Access(String hostTokenHash, String inviteTokenHash) {
        this(hostTokenHash, inviteTokenHash, List.of());
    }

    public Capability open(String tokenHash) {
        if (same(hostTokenHash, tokenHash)) {
            return Capability.HOST;
        }
        if (same(inviteTokenHash, tokenHash)) {
            return Capability.INVITE;
        }
        for (String retired : retiredInviteHashes) {
            if (same(retired, tokenHash)) {
                return Capability.RETIRED;
            }
        }
        return Capability.NONE;
    }

    /** The invite link becomes {@code newInviteHash}; the current one is retired. */
    Access withInvite(String newInviteHash) {
        List<String> retired = new ArrayList<>(retiredInviteHashes);
        retired.add(inviteTokenHash);
        while (retired.size() > RETIRED_KEPT) {
            retired.remove(0);
        }
        return new Access(hostTokenHash, newInviteHash, retired);
    }

    /** Constant-time comparison, so response timing does not reveal how much of a hash matched. */
    static boolean same(String expected, String actual) {
        return actual != null && expected != null && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
