package dev.curveball.room;

import dev.curveball.protocol.RoomEvent;

/** Writing the prompt. Its text stays with the host and the interviewer until the round starts. */
final class PromptRules {
    private PromptRules() {
    }

    static Outcome set(RoomState state, Command.SetPrompt command, Changes changes) {
        return Permissions.hostOnly(state, command.by(), "change the prompt").<Outcome>map(r -> r).orElseGet(() -> {
            Prompt prompt = state.prompt().withText(command.title(), command.text());
            if (prompt.revealed()) {
                changes.emit(Audience.EVERYONE, new RoomEvent.PromptChanged(prompt.fullView(), command.by()));
            } else {
                Audience readers = Redaction.promptReadersBeforeTheRound();
                changes.emit(readers, new RoomEvent.PromptChanged(prompt.fullView(), command.by()));
                changes.emit(new Audience.Except(readers),
                    new RoomEvent.PromptChanged(prompt.titleOnlyView(), command.by()));
            }
            return changes.applied(state.withPrompt(prompt), command.by());
        });
    }
}
