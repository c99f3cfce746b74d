package dev.curveball.protocol.view;

/** A level from 1 (weakest) to 4, or null when only evidence is written so far, with the evidence for it. */
public record RatingView(Integer level, String evidence) {
}
