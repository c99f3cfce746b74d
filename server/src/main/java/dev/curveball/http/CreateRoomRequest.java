package dev.curveball.http;

/**
 * Body of {@code POST /api/rooms}; every field is optional.
 *
 * @param mode        "pair" (default) or "group"
 * @param creatorSeat "interviewer" (default) or "candidate": the seat the host link takes
 */
record CreateRoomRequest(String title, String mode, String creatorSeat, PromptInput prompt, Integer durationMinutes) {

    record PromptInput(String title, String text) {
    }
}
