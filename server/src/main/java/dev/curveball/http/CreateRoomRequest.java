package dev.curveball.http;

/**
 * Body of {@code POST /api/rooms}; every field is optional. At most one of {@code promptId}, {@code surprise} and
 * {@code prompt} chooses the prompt; with none of them the room gets a surprise from the catalog.
 *
 * @param mode        "pair" (default) or "group"
 * @param creatorSeat "interviewer" (default) or "candidate": the seat the host link takes
 * @param promptId    a catalog prompt, its figures drawn for this room
 * @param surprise    true: a catalog prompt picked at random
 * @param prompt      a prompt written by the creator
 */
record CreateRoomRequest(String title, String mode, String creatorSeat, String promptId, Boolean surprise,
                         PromptInput prompt, Integer durationMinutes) {

    record PromptInput(String title, String text) {
    }
}
