package dev.curveball.transport;

import dev.curveball.protocol.ClientMessage;
import dev.curveball.room.Command;

/** Turns a client's command into the room command it asks for, on behalf of the socket's participant. */
final class RoomCommands {
    private RoomCommands() {
    }

    static Command of(ClientMessage.Command message, String participant) {
        if (message instanceof ClientMessage.PromptSet prompt) {
            return new Command.SetPrompt(participant, prompt.title().strip(), prompt.text());
        } else if (message instanceof ClientMessage.TimerStart) {
            return new Command.StartTimer(participant);
        } else if (message instanceof ClientMessage.TimerPause) {
            return new Command.PauseTimer(participant);
        } else if (message instanceof ClientMessage.TimerResume) {
            return new Command.ResumeTimer(participant);
        } else if (message instanceof ClientMessage.TimerReset reset) {
            return new Command.ResetTimer(participant, reset.durationMs());
        } else if (message instanceof ClientMessage.NotesOp edit) {
            return new Command.EditNotes(participant, edit.doc(), edit.rev(), edit.op(), edit.client(),
                edit.clientSeq());
        }
        throw new IllegalArgumentException("no room command for " + message.getClass().getSimpleName());
    }
}
