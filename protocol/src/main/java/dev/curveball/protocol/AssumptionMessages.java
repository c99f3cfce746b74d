package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.RoomCommand;

/**
 * The round's assumption log: what the candidate (or the interviewer) states as a premise, and which revealed fact
 * holds it or which played twist breaks it. Part of the client vocabulary listed in {@link ClientMessage}.
 */
public final class AssumptionMessages {
    private AssumptionMessages() {
    }

    /** The round's candidate or interviewer states an assumption; it joins the log as {@code open}. */
    @JsonTypeName("assumption.add")
    public record AssumptionAdd(Long id, String text) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionAdd(this);
        }

        public AssumptionAdd {
            Require.present(text, "assumption.add.text");
        }
    }

    /** Its author rewords an assumption; its status stays. */
    @JsonTypeName("assumption.edit")
    public record AssumptionEdit(Long id, String assumption, String text) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionEdit(this);
        }

        public AssumptionEdit {
            Require.present(assumption, "assumption.edit.assumption");
            Require.present(text, "assumption.edit.text");
        }
    }

    /** Its author takes an assumption back; it stays in the log, marked withdrawn. */
    @JsonTypeName("assumption.withdraw")
    public record AssumptionWithdraw(Long id, String assumption) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionWithdraw(this);
        }

        public AssumptionWithdraw {
            Require.present(assumption, "assumption.withdraw.assumption");
        }
    }

    /** The candidate says that played card {@code twist} breaks one of the assumptions. */
    @JsonTypeName("assumption.notice")
    public record AssumptionNotice(Long id, String assumption, String twist) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionNotice(this);
        }

        public AssumptionNotice {
            Require.present(assumption, "assumption.notice.assumption");
            Require.present(twist, "assumption.notice.twist");
        }
    }

    /** The interviewer marks an assumption as broken by played card {@code twist}. */
    @JsonTypeName("assumption.overturn")
    public record AssumptionOverturn(Long id, String assumption, String twist) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionOverturn(this);
        }

        public AssumptionOverturn {
            Require.present(assumption, "assumption.overturn.assumption");
            Require.present(twist, "assumption.overturn.twist");
        }
    }

    /** The interviewer marks an open assumption as confirmed by revealed clarification {@code fact}. */
    @JsonTypeName("assumption.hold")
    public record AssumptionHold(Long id, String assumption, String fact) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.assumptionHold(this);
        }

        public AssumptionHold {
            Require.present(assumption, "assumption.hold.assumption");
            Require.present(fact, "assumption.hold.fact");
        }
    }
}
