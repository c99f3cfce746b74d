package dev.curveball.store;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;
import dev.curveball.cohort.Cohort;
import dev.curveball.room.LinkCheck;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoomSummary;

/** Registers a serializer for every type the store sends through Hazelcast. */
public final class StoreSerialization {
    private StoreSerialization() {
    }

    public static void register(SerializationConfig config) {
        add(config, RoomState.class, 1001);
        add(config, ApplyCommand.class, 1002);
        add(config, CreateRoom.class, 1003);
        add(config, ReadCatchup.class, 1004);
        // Hazelcast finds a serializer through the implemented interface, so one entry covers each sealed family.
        config.addSerializerConfig(new SerializerConfig().setTypeClass(Result.class)
            .setImplementation(new ResultSerializer(1005)));
        add(config, Catchup.class, 1006);
        add(config, CheckLink.class, 1007);
        add(config, LinkCheck.class, 1008);
        add(config, JoinRoom.class, 1009);
        add(config, ReadDocument.class, 1010);
        add(config, DocRead.class, 1011);
        add(config, ReadSummary.class, 1012);
        add(config, RoomSummary.class, 1013);
        add(config, Cohort.class, 1014);
    }

    private static <T> void add(SerializationConfig config, Class<T> type, int typeId) {
        config.addSerializerConfig(new SerializerConfig()
            .setTypeClass(type)
            .setImplementation(new JsonSerializer<>(type, typeId)));
    }
}
