package dev.curveball.room;

import dev.curveball.protocol.view.SettingsView;

/**
 * The host's switches for the room.
 *
 * @param autoAdvance move to the next phase when one runs out, instead of counting into overtime
 * @param shadow      observers see the interviewer's side instead of the candidate's
 */
public record Settings(boolean autoAdvance, boolean shadow) {

    public static final Settings DEFAULT = new Settings(false, false);

    public SettingsView view() {
        return new SettingsView(autoAdvance, shadow);
    }
}
