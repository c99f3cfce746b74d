package dev.curveball.config;

import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.RoomLimits;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The server's configuration, resolved once at startup. Defaults live in {@link Setting}; this record only gives
 * them types and groups them by area.
 */
public record Config(Http http, Cluster cluster, Limits limits, Rooms rooms, Store store, Guard guard, Logs logs) {

    public record Http(String host, int port, String publicUrl, int eventLoops) {
    }

    /**
     * @param members   host:port of members to join; empty for the embedded cluster of one
     * @param configFile a Hazelcast YAML/XML file for network and discovery, or empty
     */
    public record Cluster(String name, int hazelcastPort, List<String> members, String host, int backupCount,
                          String configFile) {
        public Cluster {
            members = List.copyOf(members);
        }

        /** Whether this node looks for other members at all. */
        public boolean joinsOthers() {
            return !members.isEmpty() || !configFile.isEmpty();
        }
    }

    /** @param json one JSON object per log line instead of readable text */
    public record Logs(boolean json) {
    }

    /** What one socket may send; its message rate is its participant's, all their sockets together. */
    public record Limits(int maxFrameBytes, int maxMessagesPerSecond, int messageBurst, int maxNameLength,
                         int maxTitleLength, int maxPromptChars, int maxOpChars, long helloTimeoutMs,
                         int idleTimeoutSeconds) {

        /**
         * What a client is told it may send ({@code welcome.limits}, {@code GET /api/limits}): these limits per
         * socket, and the room's own, fixed when it was created, per room.
         */
        public ServerMessage.Limits announced(RoomLimits room) {
            return new ServerMessage.Limits(maxFrameBytes, maxMessagesPerSecond, messageBurst, maxNameLength,
                room.maxTitleLength(), maxPromptChars, maxOpChars, room.maxNotesChars(), room.maxDeckCards(),
                room.maxCardChars(), room.maxParticipants(), room.maxRounds(), room.maxAssumptions());
        }
    }

    /** What rooms may hold and how long they keep it. */
    public record Rooms(int maxParticipants, int maxRooms, int eventLogSize, int expiryHours,
                        int defaultDurationMinutes, long gapRepairMs, int maxNotesChars, int notesHistory,
                        int maxDeckCards, int maxCardChars, int maxRounds, long tickMs, int maxCohortPeople,
                        int maxAssumptions) {

    }

    /**
     * Where rooms are kept besides Hazelcast's memory.
     *
     * @param durable          whether rooms are written to a database at all ({@code --store database})
     * @param dataDir          the embedded database's directory, used when {@code databaseUrl} is empty
     * @param databaseUrl      a shared database's JDBC URL, or empty for the embedded one
     * @param writeDelaySeconds how long after a change a room is written (changes in between coalesce)
     */
    public record Store(boolean durable, String dataDir, String databaseUrl, String databaseUser,
                        String databasePassword, int poolSize, int writeDelaySeconds, boolean preload,
                        int reportRetentionDays) {

        /** Whether the database lives inside this node's process: one file that no other node can share. */
        public boolean embedded() {
            return databaseUrl.isEmpty();
        }
    }

    /**
     * What keeps one client from hurting the others: limits per client address and per participant, across all
     * their sockets and requests.
     *
     * @param roomsPerMinutePerAddress  rooms one address may create per minute, also the burst it may create at once
     * @param unjoinedRoomExpiryMinutes how long a room nobody joined yet is kept
     * @param trustProxy                whether {@code X-Forwarded-For} names the client (only behind a proxy)
     * @param allowedOrigins            origins besides the server's own whose pages may use it, as
     *                                  {@code scheme://host[:port]}
     * @param messagesPerSecondPerAddress sustained messages from all sockets of one address together
     * @param messageBurstPerAddress    messages one address may send at once
     * @param maxSocketsPerParticipant  sockets one participant may hold open on a node
     * @param maxDroppedMessages        dropped messages (net of what the rate forgives) that close a socket
     */
    public record Guard(int roomsPerMinutePerAddress, int unjoinedRoomExpiryMinutes, boolean trustProxy,
                        List<String> allowedOrigins, int messagesPerSecondPerAddress, int messageBurstPerAddress,
                        int maxSocketsPerParticipant, int maxDroppedMessages) {
        public Guard {
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }

    /** The limits each new room carries with it. */
    public RoomLimits roomLimits() {
        return new RoomLimits(rooms.maxParticipants(), rooms.eventLogSize(), rooms.maxNotesChars(),
            rooms.notesHistory(), rooms.maxDeckCards(), rooms.maxCardChars(), rooms.maxRounds(),
            limits.maxTitleLength(), rooms.maxAssumptions());
    }

    /** Builds the typed configuration from resolved values; every setting must be present in {@code values}. */
    static Config from(Map<Setting, String> values) {
        Values v = new Values(values);
        Config config = new Config(
            new Http(v.text(Setting.HOST), v.port(Setting.PORT), v.text(Setting.PUBLIC_URL),
                v.count(Setting.EVENT_LOOPS, 0)),
            new Cluster(v.text(Setting.CLUSTER_NAME), v.port(Setting.HAZELCAST_PORT), v.list(Setting.CLUSTER_MEMBERS),
                v.text(Setting.CLUSTER_HOST), v.range(Setting.BACKUP_COUNT, 0, 6), v.text(Setting.HAZELCAST_CONFIG)),
            new Limits(v.count(Setting.MAX_FRAME_BYTES, 256), v.count(Setting.MAX_MESSAGES_PER_SECOND, 1),
                v.count(Setting.MESSAGE_BURST, 1), v.count(Setting.MAX_NAME_LENGTH, 1),
                v.count(Setting.MAX_TITLE_LENGTH, 1), v.count(Setting.MAX_PROMPT_CHARS, 1),
                v.count(Setting.MAX_OP_CHARS, 1), v.count(Setting.HELLO_TIMEOUT_MS, 100), v.count(Setting.IDLE_TIMEOUT_SECONDS, 1)),
            new Rooms(v.count(Setting.MAX_PARTICIPANTS, 2), v.count(Setting.MAX_ROOMS, 1),
                v.count(Setting.EVENT_LOG_SIZE, 1), v.count(Setting.ROOM_EXPIRY_HOURS, 1),
                v.count(Setting.DEFAULT_DURATION_MINUTES, 1), v.count(Setting.GAP_REPAIR_MS, 10),
                v.count(Setting.MAX_NOTES_CHARS, 1), v.count(Setting.NOTES_HISTORY, 1),
                v.count(Setting.MAX_DECK_CARDS, 1), v.count(Setting.MAX_CARD_CHARS, 1), v.count(Setting.MAX_ROUNDS, 1),
                v.count(Setting.TICK_MS, 10), v.count(Setting.MAX_COHORT_PEOPLE, 2),
                v.count(Setting.MAX_ASSUMPTIONS, 1)),
            new Store(v.choice(Setting.STORE, "database", "memory").equals("database"), v.text(Setting.DATA_DIR),
                v.text(Setting.DATABASE_URL), v.text(Setting.DATABASE_USER), v.raw(Setting.DATABASE_PASSWORD),
                v.range(Setting.DATABASE_POOL_SIZE, 1, 100), v.range(Setting.STORE_WRITE_DELAY_SECONDS, 1, 60),
                v.choice(Setting.STORE_PRELOAD, "false", "true").equals("true"),
                v.count(Setting.REPORT_RETENTION_DAYS, 1)),
            new Guard(v.count(Setting.ROOMS_PER_MINUTE_PER_ADDRESS, 1), v.count(Setting.UNJOINED_ROOM_EXPIRY_MINUTES, 1),
                v.flag(Setting.TRUST_PROXY), v.origins(Setting.ALLOWED_ORIGINS),
                v.count(Setting.MAX_MESSAGES_PER_SECOND_PER_ADDRESS, 1), v.count(Setting.MESSAGE_BURST_PER_ADDRESS, 1),
                v.count(Setting.MAX_SOCKETS_PER_PARTICIPANT, 1), v.count(Setting.MAX_DROPPED_MESSAGES, 1)),
            new Logs(v.choice(Setting.LOG_FORMAT, "text", "json").equals("json")));
        checkStore(config);
        return config;
    }

    /**
     * The embedded database is a file inside one node: a second node would write its own file and the two would
     * disagree after a restart. A cluster must share one database.
     */
    private static void checkStore(Config config) {
        if (config.store().durable() && config.store().embedded() && config.cluster().joinsOthers()) {
            throw new ConfigException("a cluster of several nodes needs one shared database: set "
                + Setting.DATABASE_URL.flag() + " jdbc:postgresql://… on every node (or "
                + Setting.STORE.flag() + " memory to keep rooms in memory only)");
        }
        if (!config.store().embedded() && !config.store().databaseUrl().startsWith("jdbc:")) {
            throw new ConfigException(Setting.DATABASE_URL.key() + " must be a JDBC URL such as "
                + "jdbc:postgresql://host:5432/curveball, got \"" + config.store().databaseUrl() + "\"");
        }
    }

    /** The defaults alone: what the README's run command starts with. */
    public static Config defaults() {
        return ConfigLoader.load(new String[0], Map.of());
    }

    private record Values(Map<Setting, String> values) {
        String text(Setting setting) {
            return values.get(setting).trim();
        }

        /** As given, spaces included: a password may begin or end with one. */
        String raw(Setting setting) {
            return values.get(setting);
        }

        String choice(Setting setting, String... allowed) {
            String value = text(setting);
            if (!List.of(allowed).contains(value)) {
                throw new ConfigException(setting.key() + " must be one of " + String.join(", ", allowed)
                    + ", got \"" + value + "\"");
            }
            return value;
        }

        int count(Setting setting, int min) {
            try {
                int value = Integer.parseInt(text(setting));
                if (value < min) {
                    throw new ConfigException(setting.key() + " must be at least " + min + ", got " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ConfigException(setting.key() + " must be a whole number, got \"" + text(setting) + "\"");
            }
        }

        boolean flag(Setting setting) {
            return choice(setting, "true", "false").equals("true");
        }

        List<String> list(Setting setting) {
            return Arrays.stream(text(setting).split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        }

        /** Web origins, each {@code http(s)://host[:port]} with nothing after it (a trailing slash is forgiven). */
        List<String> origins(Setting setting) {
            List<String> origins = list(setting).stream()
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).toList();
            for (String origin : origins) {
                if (!origin.matches("(?i)https?://[^/?#@]+")) {
                    throw new ConfigException(setting.key() + " takes origins such as https://curveball.example.org"
                        + " (scheme, host and port only), got \"" + origin + "\"");
                }
            }
            return origins;
        }

        int range(Setting setting, int min, int max) {
            int value = count(setting, min);
            if (value > max) {
                throw new ConfigException(setting.key() + " must be at most " + max + ", got " + value);
            }
            return value;
        }

        int port(Setting setting) {
            int port = count(setting, 0);
            if (port > 65535) {
                throw new ConfigException(setting.key() + " must be a port number (0-65535), got " + port);
            }
            return port;
        }
    }
}
