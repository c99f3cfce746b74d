package dev.curveball.protocol.view;

import java.util.List;

/**
 * A twist card as the interviewer's side sees it.
 *
 * @param schedule when the server will play it, or null
 * @param played   when it was played, or null while it has not been
 * @param when     when it is best played, or null for a card without that advice
 * @param probe    the follow-up question to ask once it is played, or null
 * @param core     whether it is one of the problem's central tensions, to be played first in a short round
 * @param follows  the id of the card this one escalates (play that one first), or null
 * @param assumes  the premises the card overturns, in a candidate's words, or null for a card that names none
 */
public record CardView(String id, String stress, String title, String text, String guidance, ScheduleView schedule,
                       PlayedView played, WhenView when, String probe, boolean core, String follows,
                       List<String> assumes) {
}
