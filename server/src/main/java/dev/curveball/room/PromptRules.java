package dev.curveball.room;

import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages;

/** Writing the prompt. Its text stays with the host and the interviewer's side until the round starts. */
final class PromptRules {
    private PromptRules() {
    }

    static Outcome set(RoomState state, String by, RoundMessages.PromptSet command, Changes changes) {
        return Permissions.hostOnly(state, by, "change the prompt").<Outcome>map(r -> r).orElseGet(() -> {
            RoomState after = state.withPrompt(state.prompt().withText(command.title().strip(), command.text()));
            announce(after, by, changes);
            RoundViews.announce(after, changes, RoundViews.ALL); // the round carries the prompt's title
            return changes.applied(after, by);
        });
    }

    /** Sends the prompt to everyone as they may read it now: whole, or its title only before the round. */
    static void announce(RoomState state, String by, Changes changes) {
        Prompt prompt = state.prompt();
        if (prompt.revealed()) {
            changes.emit(Audience.EVERYONE, new RoomEvent.PromptChanged(prompt.fullView(), by));
        } else {
            Audience readers = Redaction.promptReadersBeforeTheRound(state);
            changes.emit(readers, new RoomEvent.PromptChanged(prompt.fullView(), by));
            changes.emit(new Audience.Except(readers), new RoomEvent.PromptChanged(prompt.titleOnlyView(), by));
        }
    }
}
