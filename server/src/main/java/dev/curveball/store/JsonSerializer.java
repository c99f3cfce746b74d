package dev.curveball.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import dev.curveball.protocol.Codec;
import java.io.IOException;

/**
 * Serializes what crosses Hazelcast (rooms, processors, results) with the project's JSON codec rather than
 * java.io.Serializable: readable, versionable, and the same mapping the wire uses.
 */
final class JsonSerializer<T> implements StreamSerializer<T> {
    private static final ObjectMapper MAPPER = Codec.newMapper();

    private final int typeId;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    JsonSerializer(Class<T> type, int typeId) {
        this.typeId = typeId;
        this.writer = MAPPER.writerFor(type);
        this.reader = MAPPER.readerFor(type);
    }

    @Override
    public void write(ObjectDataOutput out, T value) throws IOException {
        out.writeByteArray(writer.writeValueAsBytes(value));
    }

    @Override
    public T read(ObjectDataInput in) throws IOException {
        return reader.readValue(in.readByteArray());
    }

    @Override
    public int getTypeId() {
        return typeId;
    }
}
