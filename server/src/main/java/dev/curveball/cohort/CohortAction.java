package dev.curveball.cohort;

import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimerView;
import dev.curveball.room.Command;
import dev.curveball.room.RoomSummary;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an organizer does to every room at once. Each action is an ordinary room command applied by the
 * organizer's participant, so the room's own rules decide; {@link #misfit} only spares a room a command its stage
 * would refuse, and says why, so the board can report it.
 */
public enum CohortAction {
    START("start"),
    PAUSE("pause"),
    RESUME("resume"),
    /** Ends a running round (its feedback opens); in the feedback stage, closes the round so its report is final. */
    END("end"),
    NEXT_ROUND("next-round"),
    BROADCAST("broadcast");

    private final String wireName;

    CohortAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CohortAction> named(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    /** Why the action does not fit a room as it stands, or empty when it does. */
    public Optional<String> misfit(RoomSummary room) {
        Stage stage = room.stage();
        TimerView.State timer = room.timer().state();
        return switch (this) {
            case START -> stage == Stage.LOBBY ? Optional.empty() : Optional.of("its round has already started");
            case PAUSE -> stage == Stage.RUNNING && timer == TimerView.State.RUNNING
                ? Optional.empty() : Optional.of("its timer is not running");
            case RESUME -> stage == Stage.RUNNING && timer == TimerView.State.PAUSED
                ? Optional.empty() : Optional.of("its timer is not paused");
            case END -> stage == Stage.RUNNING || stage == Stage.FEEDBACK
                ? Optional.empty() : Optional.of("it is " + describe(stage));
            case NEXT_ROUND -> stage == Stage.DONE
                ? Optional.empty() : Optional.of("its round is not closed yet (" + describe(stage) + ")");
            case BROADCAST -> Optional.empty();
        };
    }

    /**
     * The room command for a room in {@code stage}, applied as {@code organizer}. {@link #NEXT_ROUND} is not
     * here: its prompt is drawn per room by the caller, as for {@code round.next}.
     */
    public Command command(String organizer, Stage stage, String message) {
        return switch (this) {
            case START -> Command.by(organizer, new TimerMessages.TimerStart(null));
            case PAUSE -> Command.by(organizer, new TimerMessages.TimerPause(null));
            case RESUME -> Command.by(organizer, new TimerMessages.TimerResume(null));
            case END -> Command.by(organizer, stage == Stage.FEEDBACK
                ? new RoundMessages.RoundClose(null) : new RoundMessages.RoundEnd(null));
            case BROADCAST -> new Command.Broadcast(organizer, message);
            case NEXT_ROUND -> throw new IllegalStateException("the next round's prompt is drawn by the caller");
        };
    }

    private static String describe(Stage stage) {
        return "in the " + stage.name().toLowerCase(Locale.ROOT) + " stage";
    }
}
