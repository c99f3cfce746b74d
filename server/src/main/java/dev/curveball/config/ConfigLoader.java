package dev.curveball.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves settings from, in rising precedence: defaults, a JSON config file ({@code --config} or
 * {@code CURVEBALL_CONFIG}), environment variables, command-line flags.
 */
public final class ConfigLoader {
    static final String CONFIG_FLAG = "--config";
    static final String CONFIG_ENV = "CURVEBALL_CONFIG";

    private ConfigLoader() {
    }

    public static Config load(String[] args, Map<String, String> env) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, setting.defaultValue());
        }
        Map<String, String> flags = flags(args);
        Optional.ofNullable(flags.get(CONFIG_FLAG)).or(() -> Optional.ofNullable(env.get(CONFIG_ENV)))
            .ifPresent(file -> values.putAll(readFile(Path.of(file))));
        for (Setting setting : Setting.values()) {
            Optional.ofNullable(env.get(setting.environmentVariable())).ifPresent(v -> values.put(setting, v));
            Optional.ofNullable(flags.get(setting.flag())).ifPresent(v -> values.put(setting, v));
        }
        return Config.from(values);
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new ConfigException("unexpected argument \"" + arg + "\"; settings are given as --name value");
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (!name.equals(CONFIG_FLAG) && Arrays.stream(Setting.values()).noneMatch(s -> s.flag().equals(name))) {
                throw new ConfigException("unknown flag " + name);
            }
            if (eq > 0) {
                flags.put(name, arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                flags.put(name, args[++i]);
            } else {
                throw new ConfigException(name + " needs a value");
            }
        }
        return flags;
    }

    private static Map<Setting, String> readFile(Path file) {
        JsonNode root;
        try {
            root = Codec.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("config file " + file + " must hold a JSON object");
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Setting setting = Arrays.stream(Setting.values())
                .filter(s -> s.key().equals(field.getKey()))
                .findFirst()
                .orElseThrow(() -> new ConfigException("unknown setting \"" + field.getKey() + "\" in " + file));
            values.put(setting, field.getValue().asText());
        }
        return values;
    }
}
