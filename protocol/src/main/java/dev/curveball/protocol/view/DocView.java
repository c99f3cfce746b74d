package dev.curveball.protocol.view;

/** A notes document at a revision: {@code rev} counts the operations applied to it so far. */
public record DocView(long rev, String text) {
}
