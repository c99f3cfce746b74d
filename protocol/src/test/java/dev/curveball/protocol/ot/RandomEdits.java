package dev.curveball.protocol.ot;

import java.util.Random;

/** Random documents and random valid operations on them, surrogate pairs included, for tests and vectors. */
final class RandomEdits {
    /** Plain letters, whitespace, an accented letter and an emoji (a surrogate pair in UTF-16). */
    private static final String[] PIECES = {"a", "b", "c", "x", "y", " ", "\n", "é", "😀", "🚀"};

    private final Random random;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    String text(int maxPieces) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /** An operation that applies to {@code document}; it only cuts the document between code points. */
    TextOperation operation(String document) {
        TextOperationBuilder op = TextOperation.builder();
        int position = 0;
        while (position < document.length()) {
            int codePoints = 1 + random.nextInt(4);
            int end = position;
            for (int i = 0; i < codePoints && end < document.length(); i++) {
                end += Character.charCount(document.codePointAt(end));
            }
            switch (random.nextInt(4)) {
                case 0 -> op.delete(end - position);
                case 1 -> op.insert(text(3)).retain(end - position);
                default -> op.retain(end - position);
            }
            position = end;
        }
        if (random.nextInt(3) == 0) {
            op.insert(text(3));
        }
        return op.build();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
