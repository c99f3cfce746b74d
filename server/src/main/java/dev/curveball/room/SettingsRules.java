package dev.curveball.room;

import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages;
import java.util.Optional;

/** The host's switches. Letting observers shadow changes what they may see, so they get the round afresh. */
final class SettingsRules {
    private SettingsRules() {
    }

    static Outcome set(RoomState state, String by, RoundMessages.SettingsSet command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOnly(state, by, "change the room's settings");
        if (refused.isPresent()) {
            return refused.get();
        }
        Settings before = state.settings();
        Settings settings = new Settings(
            command.autoAdvance() == null ? before.autoAdvance() : command.autoAdvance(),
            command.shadow() == null ? before.shadow() : command.shadow());
        RoomState after = state.withSettings(settings);
        changes.emit(Audience.EVERYONE, new RoomEvent.SettingsChanged(settings.view(), by));
        if (settings.shadow() != before.shadow()) {
            RoundViews.announce(after, changes, RoundViews.ALL);
            PromptRules.announce(after, by, changes);
        }
        return changes.applied(after, by);
    }
}
