package dev.curveball.config;

import java.util.Locale;

/**
 * Every setting the server reads, with its default and meaning. Each one can come from the config file (JSON, key as
 * written here), the environment ({@code CURVEBALL_} + key in upper snake case) or a flag ({@code --key value});
 * later sources win. The README's configuration table lists exactly these.
 */
public enum Setting {
    HOST("host", "0.0.0.0", "interface the HTTP server binds"),
    PORT("port", "8080", "HTTP and WebSocket port"),
    PUBLIC_URL("public-url", "", "base of the links handed out, e.g. https://curveball.example.org; empty: taken from each request's Host header"),
    EVENT_LOOPS("event-loops", "0", "server verticles (event loops) on this node; 0: one per core"),
    LOG_FORMAT("log-format", "text", "log lines on standard output: text (readable) or json (one JSON object per line, for log shippers)"),
    CLUSTER_NAME("cluster-name", "curveball", "Hazelcast cluster name; nodes with the same name share rooms"),
    HAZELCAST_PORT("hazelcast-port", "5701", "first port Hazelcast tries to bind (it moves up if taken)"),
    CLUSTER_MEMBERS("cluster-members", "", "Hazelcast members to join, as host:port,host:port; empty: a cluster of one that looks for nobody"),
    CLUSTER_HOST("cluster-host", "127.0.0.1", "address Hazelcast and the event bus bind and advertise to other nodes"),
    BACKUP_COUNT("backup-count", "1", "synchronous backups of every room on other members (0-6)"),
    HAZELCAST_CONFIG("hazelcast-config", "", "a Hazelcast YAML or XML file whose network and join settings (multicast, Kubernetes, ...) replace the three above"),
    MAX_FRAME_BYTES("max-frame-bytes", "65536", "largest WebSocket message accepted; larger closes the socket with 1009"),
    MAX_MESSAGES_PER_SECOND("max-messages-per-second", "50", "sustained messages per second of one participant, all their sockets on this node together (of one socket, before it joined); more are dropped with rate-limited"),
    MESSAGE_BURST("message-burst", "100", "messages a participant may send at once before the rate applies"),
    MAX_NAME_LENGTH("max-name-length", "40", "longest display name, in characters"),
    MAX_TITLE_LENGTH("max-title-length", "120", "longest room or prompt title, in characters"),
    MAX_PROMPT_CHARS("max-prompt-chars", "20000", "longest prompt text, in characters"),
    MAX_OP_CHARS("max-op-chars", "10000", "most characters one notes edit may insert"),
    MAX_NOTES_CHARS("max-notes-chars", "100000", "longest a notes document may grow, in characters (UTF-16 code units)"),
    NOTES_HISTORY("notes-history", "200", "edits kept per notes document for transforming late edits; older ones must resync"),
    MAX_DECK_CARDS("max-deck-cards", "40", "twist cards (and, separately, clarifications) a round's deck may hold, imported ones included"),
    MAX_CARD_CHARS("max-card-chars", "2000", "longest text of a card, a clarification, or a scorecard's evidence, in characters"),
    MAX_ROUNDS("max-rounds", "24", "rounds one room runs; more needs a new room"),
    MAX_ASSUMPTIONS("max-assumptions", "40", "assumptions one round's log may hold, withdrawn ones included; one more is refused with too-large"),
    TICK_MS("tick-ms", "1000", "how often a node settles time-driven work (scheduled twists, auto-advancing phases) in running rounds it has sockets in"),
    MAX_PARTICIPANTS("max-participants", "12", "participants per room (online or not)"),
    MAX_ROOMS("max-rooms", "10000", "rooms the cluster holds; creating one more answers 503"),
    MAX_COHORT_PEOPLE("max-cohort-people", "400", "people one cohort's roster may name; a longer roster answers too-large"),
    EVENT_LOG_SIZE("event-log-size", "256", "recent events each room keeps for reconnecting clients"),
    ROOM_EXPIRY_HOURS("room-expiry-hours", "24", "a room nobody touched for this long is deleted"),
    DEFAULT_DURATION_MINUTES("default-duration-minutes", "45", "length of a room's rounds when its creator names none; a catalog prompt brings its own plan, the 45- or 60-minute one nearer this"),
    HELLO_TIMEOUT_MS("hello-timeout-ms", "10000", "a socket that has not sent hello by then is closed"),
    IDLE_TIMEOUT_SECONDS("idle-timeout-seconds", "60", "a connection silent for this long is closed (clients ping every 5 s)"),
    STORE("store", "database", "where rooms are kept besides memory: database (they survive restarts) or memory (nothing is written; a restart loses every room)"),
    DATA_DIR("data-dir", "./data", "directory of the embedded database, used when database-url is empty"),
    DATABASE_URL("database-url", "", "JDBC URL of a shared database, e.g. jdbc:postgresql://db:5432/curveball; empty: the embedded H2 database under data-dir (one node only)"),
    DATABASE_USER("database-user", "", "user for database-url"),
    DATABASE_PASSWORD("database-password", "", "password for database-url"),
    DATABASE_POOL_SIZE("database-pool-size", "4", "connections this node keeps open to the database"),
    STORE_WRITE_DELAY_SECONDS("store-write-delay-seconds", "1", "a changed room is written to the database this long after its change, all changes since coalesced into one write"),
    STORE_PRELOAD("store-preload", "false", "true: a starting node reads every room from the database before it is ready; false: each room is read when someone first opens it"),
    REPORT_RETENTION_DAYS("report-retention-days", "30", "finished rounds' reports stay readable this long after the round ended, even once their room expired"),
    ROOMS_PER_MINUTE_PER_ADDRESS("rooms-per-minute-per-address", "20", "rooms one client address may create per minute (as a burst, refilled evenly); more answers 429 rate-limited with Retry-After"),
    UNJOINED_ROOM_EXPIRY_MINUTES("unjoined-room-expiry-minutes", "60", "a room nobody has joined yet is deleted this long after its creation"),
    TRUST_PROXY("trust-proxy", "false", "true: the client address is the last entry of X-Forwarded-For, as appended by the proxy in front; only set it when every request comes through that proxy"),
    ALLOWED_ORIGINS("allowed-origins", "", "other origins (scheme://host[:port], comma-separated) whose pages may open sockets and send POST requests; the server's own (its Host header), public-url and the cluster's nodes are always allowed"),
    MAX_MESSAGES_PER_SECOND_PER_ADDRESS("max-messages-per-second-per-address", "500", "sustained messages per second from all sockets of one client address on this node together"),
    MESSAGE_BURST_PER_ADDRESS("message-burst-per-address", "1000", "messages one client address may send at once before its rate applies"),
    MAX_SOCKETS_PER_PARTICIPANT("max-sockets-per-participant", "4", "sockets one participant may hold open on this node; one more is refused with too-many-sockets and closed (1008)"),
    MAX_DROPPED_MESSAGES("max-dropped-messages", "500", "a socket whose dropped (rate-limited) messages exceed this, less what max-messages-per-second forgives each second, is closed (1008)"),
    GAP_REPAIR_MS("gap-repair-ms", "300", "how long a socket waits for a missing event before fetching it from the store");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public String environmentVariable() {
        return "CURVEBALL_" + key.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public String flag() {
        return "--" + key;
    }
}
