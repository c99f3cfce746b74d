package dev.curveball.protocol.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The notes a viewer may read; {@code private} is present only for the interviewer, and is their own. */
public record NotesView(DocView shared, @JsonProperty("private") DocView privateDoc) {
}
