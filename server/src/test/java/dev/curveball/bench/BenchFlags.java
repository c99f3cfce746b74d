package dev.curveball.bench;

import java.util.HashMap;
import java.util.Map;

/** The benchmarks' command lines: {@code --name value} pairs, or a bare {@code --name} whose value is empty. */
final class BenchFlags {
    private BenchFlags() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(args[i], args[++i]);
            } else {
                flags.put(args[i], "");
            }
        }
        return flags;
    }
}
