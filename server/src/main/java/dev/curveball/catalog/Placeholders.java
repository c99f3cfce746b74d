package dev.curveball.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {{key}}} syntax that figures use inside prompt text. */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private Placeholders() {
    }

    /** The keys named in {@code text}, in order, repeats included; the key is taken verbatim between the braces. */
    static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** Whether braces remain that do not form a placeholder, such as {@code {{tps}} or {tps}}. */
    static boolean hasStrayBraces(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        return rest.contains("{{") || rest.contains("}}");
    }

    /** Replaces each placeholder with {@code value(key)}, or leaves it as written when that gives null. */
    static String replace(String text, Function<String, String> value) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = value.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
