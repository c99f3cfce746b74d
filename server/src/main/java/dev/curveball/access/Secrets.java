package dev.curveball.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random identifiers and capability secrets, and the one-way hash under which secrets are stored. */
public final class Secrets {
    /** 256 bits: far beyond guessing, and the issue asks for at least 128. */
    static final int TOKEN_BYTES = 32;
    /** Unambiguous when read aloud or typed: no 0/o, 1/l/i. */
    private static final char[] ROOM_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    static final int ROOM_ID_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A capability token or resume secret, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String roomId() {
        StringBuilder id = new StringBuilder(ROOM_ID_LENGTH);
        for (int i = 0; i < ROOM_ID_LENGTH; i++) {
            id.append(ROOM_ALPHABET[RANDOM.nextInt(ROOM_ALPHABET.length)]);
        }
        return id.toString();
    }

    /** Whether a string could be a room id at all; anything else is refused before touching the store. */
    public static boolean looksLikeRoomId(String candidate) {
        if (candidate == null || candidate.length() != ROOM_ID_LENGTH) {
            return false;
        }
        for (char c : candidate.toCharArray()) {
            if (new String(ROOM_ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static String participantId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "p-" + HexFormat.of().formatHex(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
