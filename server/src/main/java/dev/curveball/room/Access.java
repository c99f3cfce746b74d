package dev.curveball.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The room's two capability tokens, kept only as hashes, and the invite links the host has reset since (so that
 * an old link is refused with {@code link-reset}, not taken for a typo).
 *
 * @param retiredInviteHashes the hashes of earlier invite links, newest last, at most {@link #RETIRED_KEPT}
 * @param personal            links that each open one participant's reserved seat (a cohort's members and its
 *                            organizer); empty in a room opened by hand
 */
public record Access(String hostTokenHash, String inviteTokenHash, List<String> retiredInviteHashes,
                     List<PersonalLink> personal) {
    /** Older resets than this are forgotten: their links then read as any wrong token, {@code bad-token}. */
    static final int RETIRED_KEPT = 16;

    /**
     * What a presented token opens. {@code RETIRED} opens nothing: it is an invite link the host has reset.
     * {@code PERSONAL} opens the one participant its link was made for ({@link #personalFor}).
     */
    public enum Capability { HOST, INVITE, PERSONAL, RETIRED, NONE }

    /**
     * A link made for one participant: whoever holds it comes back as that participant, in their seat.
     *
     * @param watcher the participant only watches and never takes a seat in a rotation (a cohort's organizer)
     */
    public record PersonalLink(String tokenHash, String participant, boolean watcher) {
    }

    public Access {
        retiredInviteHashes = retiredInviteHashes == null ? List.of() : List.copyOf(retiredInviteHashes);
        personal = personal == null ? List.of() : List.copyOf(personal);
    }

    public Access(String hostTokenHash, String inviteTokenHash) {
        this(hostTokenHash, inviteTokenHash, List.of(), List.of());
    }

    public Capability open(String tokenHash) {
        if (same(hostTokenHash, tokenHash)) {
            return Capability.HOST;
        }
        if (same(inviteTokenHash, tokenHash)) {
            return Capability.INVITE;
        }
        if (personalFor(tokenHash).isPresent()) {
            return Capability.PERSONAL;
        }
        for (String retired : retiredInviteHashes) {
            if (same(retired, tokenHash)) {
                return Capability.RETIRED;
            }
        }
        return Capability.NONE;
    }

    /** The participant a personal link was made for. */
    public Optional<String> personalFor(String tokenHash) {
        for (PersonalLink link : personal) {
            if (same(link.tokenHash(), tokenHash)) {
                return Optional.of(link.participant());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code participant} entered by a watcher's personal link: rotations pass them by. */
    public boolean watcher(String participant) {
        return personal.stream().anyMatch(link -> link.watcher() && link.participant().equals(participant));
    }

    /** The invite link becomes {@code newInviteHash}; the current one is retired. */
    Access withInvite(String newInviteHash) {
        List<String> retired = new ArrayList<>(retiredInviteHashes);
        retired.add(inviteTokenHash);
        while (retired.size() > RETIRED_KEPT) {
            retired.remove(0);
        }
        return new Access(hostTokenHash, newInviteHash, retired, personal);
    }

    /** A removed participant's personal link dies with their place in the room. */
    Access withoutPersonal(String participant) {
        return new Access(hostTokenHash, inviteTokenHash, retiredInviteHashes,
            personal.stream().filter(link -> !link.participant().equals(participant)).toList());
    }

    /** Constant-time comparison, so response timing does not reveal how much of a hash matched. */
    public static boolean same(String expected, String actual) {
        return actual != null && expected != null && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
