package dev.curveball.transport;

import dev.curveball.config.Config;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.ProtocolException;
import dev.curveball.protocol.RoundMessages;

/** Size and shape checks on client input, against the configured limits, before anything reaches a room. */
final class InputRules {
    /** Client ids are random tokens the browser makes; this is generous for any sane format. */
    static final int MAX_CLIENT_ID_LENGTH = 64;

    private final Config.Limits limits;

    InputRules(Config.Limits limits) {
        this.limits = limits;
    }

    /** A display name, trimmed; refused when empty, too long or holding control characters. */
    String name(String raw) throws ProtocolException {
        String name = raw.strip();
        if (name.isEmpty()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a display name is required", null);
        }
        if (name.codePointCount(0, name.length()) > limits.maxNameLength()) {
            throw new ProtocolException(ErrorCode.TOO_LARGE,
                "a display name has at most " + limits.maxNameLength() + " characters", null);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a display name cannot hold control characters", null);
        }
        return name;
    }

    void check(ClientMessage.Command command) throws ProtocolException {
        if (command instanceof NotesMessages.NotesOp edit) {
            if (edit.op().insertedLength() > limits.maxOpChars()) {
                throw new ProtocolException(ErrorCode.TOO_LARGE,
                    "one edit inserts at most " + limits.maxOpChars() + " characters", edit.id());
            }
            if (edit.client().length() > MAX_CLIENT_ID_LENGTH || edit.rev() < 0 || edit.clientSeq() < 1) {
                throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "notes.op needs rev >= 0, clientSeq >= 1 and a client id of at most "
                        + MAX_CLIENT_ID_LENGTH + " characters", edit.id());
            }
        }
        if (command instanceof RoundMessages.PromptSet prompt) {
            title(prompt.title(), prompt.id());
            if (prompt.text().length() > limits.maxPromptChars()) {
                throw new ProtocolException(ErrorCode.TOO_LARGE,
                    "a prompt has at most " + limits.maxPromptChars() + " characters", prompt.id());
            }
        }
    }

    void check(NotesMessages.NotesCursor cursor) throws ProtocolException {
        if (cursor.anchor() < 0 || cursor.head() < 0 || cursor.rev() < 0) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "notes.cursor positions cannot be negative", null);
        }
    }

    String title(String raw, Long id) throws ProtocolException {
        String title = raw.strip();
        if (title.isEmpty()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a title cannot be empty", id);
        }
        if (title.length() > limits.maxTitleLength()) {
            throw new ProtocolException(ErrorCode.TOO_LARGE,
                "a title has at most " + limits.maxTitleLength() + " characters", id);
        }
        return title;
    }
}
