package dev.curveball.protocol.view;

/**
 * A level from 1 (weakest) to 4, or null when only evidence is written so far, with the evidence for it.
 * {@code notObserved} is true when the interviewer marks the dimension as not observed in this round (no level then):
 * it is left out of the verdict rather than counted as weak. Absent when false.
 */
public record RatingView(Integer level, String evidence, Boolean notObserved) {

    public RatingView(Integer level, String evidence) {
        this(level, evidence, null);
    }

    /** Whether the interviewer marked the dimension as not observed. */
    public boolean unobserved() {
        return Boolean.TRUE.equals(notObserved);
    }
}
