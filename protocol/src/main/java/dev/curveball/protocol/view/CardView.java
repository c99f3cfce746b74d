package dev.curveball.protocol.view;

/**
 * A twist card as the interviewer's side sees it.
 *
 * @param schedule when the server will play it, or null
 * @param played   when it was played, or null while it has not been
 */
public record CardView(String id, String stress, String title, String text, String guidance, ScheduleView schedule,
                       PlayedView played) {
}
