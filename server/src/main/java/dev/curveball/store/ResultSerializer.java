package dev.curveball.store;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.RoomState;
import java.io.IOException;

/**
 * Results cross Hazelcast on every command, even when the partition is local (the member hands the processor's
 * answer back as bytes), so they travel as a few plain fields rather than JSON: the events are already one finished
 * string. Only a join's room state goes through the JSON codec.
 */
final class ResultSerializer implements StreamSerializer<Result> {
    private static final byte APPLIED = 1;
    private static final byte JOINED = 2;
    private static final byte REFUSED = 3;
    private static final long ABSENT = Long.MIN_VALUE;
    private static final ObjectWriter STATE_WRITER = Codec.newMapper().writerFor(RoomState.class);
    private static final ObjectReader STATE_READER = Codec.newMapper().readerFor(RoomState.class);

    private final int typeId;

    ResultSerializer(int typeId) {
        this.typeId = typeId;
    }

    @Override
    public void write(ObjectDataOutput out, Result result) throws IOException {
        if (result instanceof Result.Applied applied) {
            out.writeByte(APPLIED);
            out.writeString(applied.actor());
            out.writeLong(applied.seq() == null ? ABSENT : applied.seq());
            out.writeLong(applied.revision() == null ? ABSENT : applied.revision());
            out.writeString(applied.batch());
        } else if (result instanceof Result.Joined joined) {
            out.writeByte(JOINED);
            out.writeByteArray(STATE_WRITER.writeValueAsBytes(joined.state()));
            out.writeString(joined.actor());
            out.writeString(joined.batch());
        } else if (result instanceof Result.Refused refused) {
            out.writeByte(REFUSED);
            out.writeString(refused.code().name());
            out.writeString(refused.message());
        }
    }

    @Override
    public Result read(ObjectDataInput in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case APPLIED -> new Result.Applied(in.readString(), present(in.readLong()), present(in.readLong()),
                in.readString());
            case JOINED -> new Result.Joined(STATE_READER.readValue(in.readByteArray()), in.readString(),
                in.readString());
            case REFUSED -> new Result.Refused(ErrorCode.valueOf(in.readString()), in.readString());
            default -> throw new IOException("not a result: kind " + kind);
        };
    }

    @Override
    public int getTypeId() {
        return typeId;
    }

    private static Long present(long value) {
        return value == ABSENT ? null : value;
    }
}
