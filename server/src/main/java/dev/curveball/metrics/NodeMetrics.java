package dev.curveball.metrics;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.Command;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Curveball's own meters on one node, next to Vert.x's and the JVM's in the same registry (see README,
 * "Operations"). Every meter is registered up front, one per command type and one per error code, so the hot path
 * is a map lookup by class or enum and an increment: no tag building, no string concatenation. Safe to use from
 * any thread.
 */
public final class NodeMetrics {
    /** Apply and fan-out times are mostly milliseconds; these bounds keep the histograms to a dozen buckets. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final Map<Class<?>, Counter> appliedByType;
    private final Counter appliedUnknown;
    private final EnumMap<ErrorCode, Counter> refusedByCode = new EnumMap<>(ErrorCode.class);
    private final Timer applyTime;
    private final Timer fanoutDelay;
    private final Counter gapRepairs;
    private final Counter resyncs;
    private final Counter rateLimited;
    private final AtomicInteger sockets = new AtomicInteger();
    /** Sockets per participant on this node, keyed "room/participant": touched on join and leave only. */
    private final ConcurrentHashMap<String, Integer> online = new ConcurrentHashMap<>();

    private NodeMetrics(MeterRegistry registry, IntSupplier roomsInMemory) {
        Map<Class<?>, Counter> applied = new HashMap<>();
        for (Class<?> type : commandTypes()) {
            applied.put(type, Counter.builder("curveball.commands.applied")
                .description("Commands applied to rooms through this node, by type")
                .tag("type", typeName(type)).register(registry));
        }
        appliedByType = Map.copyOf(applied);
        appliedUnknown = Counter.builder("curveball.commands.applied").tag("type", "other").register(registry);
        for (ErrorCode code : ErrorCode.values()) {
            refusedByCode.put(code, Counter.builder("curveball.commands.refused")
                .description("Error answers sent to clients, by error code")
                .tag("code", code.code()).register(registry));
        }
        applyTime = Timer.builder("curveball.apply")
            .description("From sending a command to its room's partition to having its result, applied or refused")
            .serviceLevelObjectives(BUCKETS).register(registry);
        fanoutDelay = Timer.builder("curveball.fanout.delay")
            .description("From a command's apply (its event's timestamp) to the event's write to this node's sockets")
            .serviceLevelObjectives(BUCKETS).register(registry);
        gapRepairs = Counter.builder("curveball.gap.repairs")
            .description("Gaps in a room's event stream that did not close by themselves and were fetched from the store")
            .register(registry);
        resyncs = Counter.builder("curveball.resyncs")
            .description("Sockets given a fresh snapshot because the events they missed were past the room's log")
            .register(registry);
        rateLimited = Counter.builder("curveball.rate.limited")
            .description("Messages dropped because their sender was over its rate limit")
            .register(registry);
        Gauge.builder("curveball.sockets", sockets, AtomicInteger::get)
            .description("WebSockets open on this node").register(registry);
        Gauge.builder("curveball.participants.online", online, Map::size)
            .description("Participants with at least one socket in a room on this node").register(registry);
        Gauge.builder("curveball.rooms.memory", roomsInMemory, s -> s.getAsInt()).strongReference(true)
            .description("Rooms whose primary copy this node's Hazelcast member holds in memory").register(registry);
    }

    /** @param roomsInMemory rooms this node's member owns, read at each scrape */
    public static NodeMetrics create(MeterRegistry registry, IntSupplier roomsInMemory) {
        return new NodeMetrics(registry, roomsInMemory);
    }

    /** Meters that count nothing, for parts used without a node (tests of one component). */
    public static NodeMetrics none() {
        return new NodeMetrics(new CompositeMeterRegistry(), () -> 0);
    }

    /** A command came back from its room's partition after {@code nanos}, applied or refused. */
    public void applied(Command command, boolean accepted, long nanos) {
        applyTime.record(nanos, TimeUnit.NANOSECONDS);
        if (accepted) {
            Class<?> type = command instanceof Command.Act act ? act.command().getClass() : command.getClass();
            appliedByType.getOrDefault(type, appliedUnknown).increment();
        }
    }

    /** An {@code error} answer went to a client. */
    public void refused(ErrorCode code) {
        refusedByCode.get(code).increment();
        if (code == ErrorCode.RATE_LIMITED) {
            rateLimited.increment();
        }
    }

    /** Events applied at {@code appliedAtMs} (node clock) were just written to this node's sockets. */
    public void fannedOut(long appliedAtMs, long nowMs) {
        if (appliedAtMs > 0) {
            fanoutDelay.record(Math.max(0, nowMs - appliedAtMs), TimeUnit.MILLISECONDS);
        }
    }

    public void gapRepaired() {
        gapRepairs.increment();
    }

    public void resynced() {
        resyncs.increment();
    }

    public void socketOpened() {
        sockets.incrementAndGet();
    }

    public void socketClosed() {
        sockets.decrementAndGet();
    }

    /** A socket joined room {@code roomId} as {@code participant}. */
    public void online(String roomId, String participant) {
        online.merge(roomId + "/" + participant, 1, Integer::sum);
    }

    /** A joined socket of {@code participant} closed. */
    public void offline(String roomId, String participant) {
        online.computeIfPresent(roomId + "/" + participant, (key, count) -> count > 1 ? count - 1 : null);
    }

    /** Every command a room can apply: the participants' wire commands and the server's own. */
    private static java.util.List<Class<?>> commandTypes() {
        java.util.List<Class<?>> types = new java.util.ArrayList<>();
        collect(ClientMessage.Command.class, types);
        collect(Command.class, types);
        return types;
    }

    private static void collect(Class<?> type, java.util.List<Class<?>> into) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, into);
            }
        } else if (type.isAnnotationPresent(JsonTypeName.class) && !into.contains(type)
            && type != Command.Act.class) {
            into.add(type);
        }
    }

    private static String typeName(Class<?> type) {
        return type.getAnnotation(JsonTypeName.class).value();
    }
}
