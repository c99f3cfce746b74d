package dev.curveball.room;

import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.CardView;
import dev.curveball.protocol.view.PlayedView;
import dev.curveball.protocol.view.TimelineEntry;
import dev.curveball.protocol.view.WhenView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A twist card in a round's deck. Its text and guidance belong to the interviewer's side until it is played; the
 * guidance, {@code when}, {@code probe}, {@code core} and {@code assumes} stay there always.
 *
 * @param schedule when the server will play it, or null
 * @param played   when it was played, or null
 * @param when     when it is best played, or null
 * @param probe    the follow-up question to ask once it is played, or null
 * @param core     one of the problem's central tensions: shown first, suggested at its {@code when}
 * @param follows  the id of the card of this deck that this one escalates (to be played after it), or null
 * @param assumes  the premises the card overturns, as a candidate would state them; empty when it names none (a room
 *                 stored before cards had premises reads back with none)
 * @param suggests the open assumptions it may break, found when it was played; the interviewer side's alone
 */
public record Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                   Moment played, WhenView when, String probe, boolean core, String follows, List<String> assumes,
                   List<String> suggests) {

    /** Core cards first, otherwise in the order given: what a short round should reach for first. */
    static final Comparator<Card> CORE_FIRST = Comparator.comparing(card -> !card.core());

    public Card {
        assumes = assumes == null ? List.of() : List.copyOf(assumes);
        suggests = suggests == null ? List.of() : List.copyOf(suggests);
    }

    public Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                Moment played) {
        this(id, stress, title, text, guidance, schedule, played, null, null, false, null, List.of(), List.of());
    }

    public Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                Moment played, WhenView when, String probe, boolean core) {
        this(id, stress, title, text, guidance, schedule, played, when, probe, core, null, List.of(), List.of());
    }

    public Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                Moment played, WhenView when, String probe, boolean core, String follows) {
        this(id, stress, title, text, guidance, schedule, played, when, probe, core, follows, List.of(), List.of());
    }

    public Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                Moment played, WhenView when, String probe, boolean core, String follows, List<String> assumes) {
        this(id, stress, title, text, guidance, schedule, played, when, probe, core, follows, assumes, List.of());
    }

    /**
     * Core cards first, otherwise in the order given, and every card that follows another just after it, so that an
     * escalation chain reads in order.
     */
    public static List<Card> coreFirst(List<Card> deck) {
        List<Card> sorted = deck.stream().sorted(CORE_FIRST).toList();
        Set<String> ids = sorted.stream().map(Card::id).collect(Collectors.toSet());
        Map<String, Card> followerOf = new HashMap<>();
        sorted.stream().filter(card -> ids.contains(card.follows()))
            .forEach(card -> followerOf.putIfAbsent(card.follows(), card));
        List<Card> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Card card : sorted) {
            if (ids.contains(card.follows()) && !placed.contains(card.id())) {
                continue; // placed after the card it follows
            }
            for (Card next = card; next != null && placed.add(next.id()); next = followerOf.get(next.id())) {
                ordered.add(next);
            }
        }
        // A card whose chain never reaches a head (a loop; the catalog validator rejects those) keeps its place.
        sorted.stream().filter(card -> !placed.contains(card.id())).forEach(ordered::add);
        return ordered;
    }

    Card scheduled(Schedule newSchedule) {
        return new Card(id, stress, title, text, guidance, newSchedule, played, when, probe, core, follows, assumes,
            suggests);
    }

    /** Played at {@code moment}; {@code suggestions} are the open assumptions it may break then. */
    Card play(Moment moment, List<String> suggestions) {
        return new Card(id, stress, title, text, guidance, null, moment, when, probe, core, follows, assumes,
            suggestions);
    }

    public CardView view() {
        return new CardView(id, stress.wireName(), title, text, guidance,
            schedule == null ? null : schedule.view(),
            played == null ? null : new PlayedView(played.at(), played.elapsedMs(), played.phase(), suggests),
            when, probe, core, follows, assumes.isEmpty() ? null : assumes);
    }

    /**
     * What everyone sees once it is played: never the guidance, the advice on when, the probe, the core mark, the
     * card it follows or the premises it overturns.
     */
    TimelineEntry entry() {
        return new TimelineEntry("twist", id, stress.wireName(), title, text, played.at(), played.elapsedMs(),
            played.phase());
    }
}
