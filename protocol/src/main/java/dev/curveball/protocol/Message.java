package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Every message on the WebSocket is one JSON text frame whose first field, {@code type}, names one of the records
 * listed in {@link ClientMessage} (sent by browsers) or {@link ServerMessage} (sent by the server).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface Message permits ClientMessage, ServerMessage {
}
