package dev.curveball.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Escalation chains ({@code twists[].follows} in SCHEMA.md): a card may name the card it escalates, which the
 * interviewer plays first. A chain is one card and the cards that follow it in turn, 2 to 3 cards of one stress, never
 * branching or looping; every prompt has at least one chain that starts at a core card, so that the problem's central
 * tension can be pressed a second (and third) time instead of switching to an unrelated card.
 */
final class ChainChecks {
    /** The longest chain: a core card and at most two escalations, or the round runs out before the chain does. */
    static final int MAX_CHAIN = 3;

    private ChainChecks() {
    }

    static void check(Fields fields, List<Twist> twists) {
        if (twists == null) {
            return;
        }
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < twists.size(); i++) {
            Twist twist = twists.get(i);
            if (twist != null && twist.id() != null) {
                indexById.putIfAbsent(twist.id(), i);
            }
        }
        Map<Integer, Integer> followerOf = new HashMap<>(); // card index -> the index of the card that follows it
        Map<Integer, Integer> predecessor = new HashMap<>();
        for (int i = 0; i < twists.size(); i++) {
            Twist twist = twists.get(i);
            if (twist == null || twist.follows() == null) {
                continue;
            }
            String field = Problems.at("twists", i) + ".follows";
            Integer target = indexById.get(twist.follows());
            if (target == null) {
                fields.add(field, "\"" + twist.follows() + "\" is not the id of a card of this prompt");
            } else if (target == i) {
                fields.add(field, "a card cannot follow itself");
            } else if (twists.get(target).stress() != twist.stress()) {
                fields.add(field, "\"" + twist.follows() + "\" is a " + wire(twists.get(target)) + " card; a card escalates"
                    + " a card of its own stress (" + wire(twist) + ")");
            } else if (followerOf.containsKey(target)) {
                fields.add(field, "\"" + twist.follows() + "\" is already followed by "
                    + Problems.at("twists", followerOf.get(target)) + "; a chain does not branch");
            } else {
                followerOf.put(target, i);
                predecessor.put(i, target);
            }
        }
        boolean coreChain = false;
        for (int i : predecessor.keySet()) {
            Set<Integer> seen = new HashSet<>(List.of(i));
            int head = i;
            while (predecessor.containsKey(head)) {
                head = predecessor.get(head);
                if (!seen.add(head)) {
                    fields.add(Problems.at("twists", i) + ".follows", "the chain loops back to this card");
                    break;
                }
            }
            if (seen.size() > MAX_CHAIN && !followerOf.containsKey(i)) {
                fields.add(Problems.at("twists", i) + ".follows", "a chain of " + seen.size()
                    + " cards, at most " + MAX_CHAIN);
            }
            Twist first = twists.get(head);
            coreChain |= Boolean.TRUE.equals(first.core()) && seen.size() <= MAX_CHAIN;
        }
        if (!coreChain) {
            fields.add("twists", "no card follows a core card; the central tension escalates over 2-" + MAX_CHAIN
                + " cards of its stress (a card's \"follows\" names the card it escalates)");
        }
    }

    private static String wire(Twist twist) {
        return twist.stress() == null ? "stress-less" : twist.stress().wireName();
    }
}
