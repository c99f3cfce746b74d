package dev.curveball.testing;

import dev.curveball.protocol.ot.TextOperation;

/**
 * The client side of OT with a server sequencer (the ot.js client): at most one edit in flight, later local edits
 * composed into a buffer, incoming edits transformed over both. Used by tests and the load generator. Not
 * thread-safe: callers confine it to one thread or lock around it.
 */
public final class OtClient {
    /** Where an edit goes out: the revision it is based on, the edit, and its client sequence number. */
    public interface Sender {
        void send(long rev, TextOperation op, long clientSeq);
    }

    private final String clientId;
    private final Sender sender;
    private long rev;
    private String text;
    private TextOperation outstanding;
    private long outstandingSeq;
    private TextOperation buffer;
    private long nextSeq = 1;

    public OtClient(String clientId, long rev, String text, Sender sender) {
        this.clientId = clientId;
        this.rev = rev;
        this.text = text;
        this.sender = sender;
    }

    public String clientId() {
        return clientId;
    }

    public String text() {
        return text;
    }

    public long rev() {
        return rev;
    }

    /** The client sequence number of the edit sent and not yet acknowledged, if any. */
    public java.util.OptionalLong outstandingSeq() {
        return outstanding == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(outstandingSeq);
    }

    /** Nothing in flight and nothing waiting. */
    public boolean synced() {
        return outstanding == null && buffer == null;
    }

    /** A local edit of {@link #text()}. */
    public void edit(TextOperation op) {
        text = op.apply(text);
        if (outstanding == null) {
            sendOutstanding(op);
        } else {
            buffer = buffer == null ? op : buffer.compose(op);
        }
    }

    /**
     * A {@code notes.op} event of this document, in stream order. Its own edit coming back is the acknowledgement;
     * anyone else's is transformed over what is still pending here and applied.
     */
    public void receive(long eventRev, TextOperation op, String client, long clientSeq) {
        if (eventRev <= rev) {
            return; // already reflected: a replay after a reconnect
        }
        rev = eventRev;
        if (outstanding != null && clientId.equals(client) && clientSeq == outstandingSeq) {
            outstanding = null;
            if (buffer != null) {
                TextOperation next = buffer;
                buffer = null;
                sendOutstanding(next);
            }
            return;
        }
        TextOperation incoming = op;
        if (outstanding != null) {
            TextOperation.Transformed t = TextOperation.transform(outstanding, incoming);
            outstanding = t.aPrime();
            incoming = t.bPrime();
        }
        if (buffer != null) {
            TextOperation.Transformed t = TextOperation.transform(buffer, incoming);
            buffer = t.aPrime();
            incoming = t.bPrime();
        }
        text = incoming.apply(text);
    }

    /**
     * After a reconnect: the edit in flight may or may not have been applied. Send it again, transformed up to the
     * current revision, under its original sequence number; the server applies it only if it has not already.
     */
    public void reconnected() {
        if (outstanding != null) {
            sender.send(rev, outstanding, outstandingSeq);
        }
    }

    private void sendOutstanding(TextOperation op) {
        outstanding = op;
        outstandingSeq = nextSeq++;
        sender.send(rev, op, outstandingSeq);
    }
}
