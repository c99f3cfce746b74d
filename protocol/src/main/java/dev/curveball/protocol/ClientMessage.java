package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The messages a client may send: the whole client vocabulary in one place. */
@JsonSubTypes({
    @JsonSubTypes.Type(ClientMessage.Hello.class),
    @JsonSubTypes.Type(ClientMessage.Ping.class),
    @JsonSubTypes.Type(ClientMessage.PromptSet.class),
    @JsonSubTypes.Type(ClientMessage.TimerStart.class),
    @JsonSubTypes.Type(ClientMessage.TimerPause.class),
    @JsonSubTypes.Type(ClientMessage.TimerResume.class),
    @JsonSubTypes.Type(ClientMessage.TimerReset.class),
})
public sealed interface ClientMessage extends Message {

    /** A message that asks the room to change; its optional {@code id} is echoed in the {@code ack} or {@code error}. */
    sealed interface Command extends ClientMessage {
        Long id();
    }

    /** First message on a socket: which room, which capability token, and who I am. */
    @JsonTypeName("hello")
    record Hello(Integer protocol, String room, String token, String name, Resume resume) implements ClientMessage {
        public Hello {
            Require.present(protocol, "hello.protocol");
            Require.present(room, "hello.room");
            Require.present(token, "hello.token");
            Require.present(name, "hello.name");
        }
    }

    /**
     * Returning to a participant after a reload or reconnect.
     *
     * @param secret  the resume secret from an earlier {@code welcome}
     * @param lastSeq the last event {@code seq} this client saw, or null to receive a fresh snapshot only
     */
    record Resume(String secret, Long lastSeq) {
        public Resume {
            Require.present(secret, "resume.secret");
        }
    }

    /** Clock probe; {@code t} is the client's clock and comes back untouched in {@code pong}. */
    @JsonTypeName("ping")
    record Ping(Long t) implements ClientMessage {
    }

    /** The host writes the round's prompt. */
    @JsonTypeName("prompt.set")
    record PromptSet(Long id, String title, String text) implements Command {
        public PromptSet {
            Require.present(title, "prompt.set.title");
            Require.present(text, "prompt.set.text");
        }
    }

    @JsonTypeName("timer.start")
    record TimerStart(Long id) implements Command {
    }

    @JsonTypeName("timer.pause")
    record TimerPause(Long id) implements Command {
    }

    @JsonTypeName("timer.resume")
    record TimerResume(Long id) implements Command {
    }

    /** Stops the timer and sets it back to its full duration, or to {@code durationMs} when given. */
    @JsonTypeName("timer.reset")
    record TimerReset(Long id, Long durationMs) implements Command {
    }
}
