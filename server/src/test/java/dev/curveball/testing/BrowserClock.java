package dev.curveball.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The browser's own clock code ({@code webroot/js/clock.js} and {@code time.js}, as the server serves them) run by
 * Node.js on what a test measured over real sockets: the ping samples a screen took and the timer it holds. So a
 * test of clock agreement tests the module the browser runs, not a Java copy that can drift from it.
 */
public final class BrowserClock {
    /** One answered ping, in the screen's local clock ({@code sentAt}, {@code receivedAt}) and the server's. */
    public record Sample(long sentAt, long serverTime, long receivedAt) {
    }

    /** A screen at one instant: its welcome, its samples in arrival order, its local time now, its timer. */
    public record Screen(String name, long welcomeServerTime, long welcomeAt, List<Sample> samples, long localNow,
                         JsonNode timer) {
    }

    /**
     * What clock.js made of a screen's samples, and what time.js draws from it: {@code remainingMs} with the
     * estimated offset, {@code naiveRemainingMs} with the screen's own clock taken as the server's.
     */
    public record Shown(long offsetMs, long roundTripMs, long remainingMs, long naiveRemainingMs) {
    }

    private static final List<String> MODULES = List.of("clock.js", "time.js");
    private static final String SCRIPT = """
        import { ServerClock } from './clock.js';
        import { remainingAt } from './time.js';

        let input = '';
        process.stdin.on('data', (chunk) => { input += chunk; });
        process.stdin.on('end', () => {
          const shown = {};
          for (const screen of JSON.parse(input)) {
            let now = screen.welcomeAt;
            const clock = new ServerClock(() => now);
            clock.seed(screen.welcomeServerTime);
            for (const s of screen.samples) clock.addSample(s.sentAt, s.serverTime, s.receivedAt);
            now = screen.localNow;
            shown[screen.name] = {
              offsetMs: Math.round(clock.offset),
              roundTripMs: Math.round(clock.roundTrip),
              remainingMs: Math.round(remainingAt(screen.timer, clock.serverNow())),
              naiveRemainingMs: Math.round(remainingAt(screen.timer, now)),
            };
          }
          process.stdout.write(JSON.stringify(shown));
        });
        """;

    private final Path dir;

    private BrowserClock(Path dir) {
        this.dir = dir;
    }

    /** Copies the modules out of the web client's jar (or classes) next to a small driver script. */
    public static BrowserClock load() {
        try {
            Path dir = Files.createTempDirectory("curveball-clock");
            for (String module : MODULES) {
                try (InputStream in = BrowserClock.class.getClassLoader()
                    .getResourceAsStream("webroot/js/" + module)) {
                    if (in == null) {
                        throw new IllegalStateException("webroot/js/" + module + " is not on the classpath");
                    }
                    Files.copy(in, dir.resolve(module));
                }
            }
            Files.writeString(dir.resolve("package.json"), "{\"type\":\"module\"}");
            Files.writeString(dir.resolve("show.js"), SCRIPT);
            return new BrowserClock(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs clock.js and time.js once for all screens; answers by screen name. */
    public Map<String, Shown> show(List<Screen> screens) {
        ArrayNode input = Codec.mapper().createArrayNode();
        for (Screen screen : screens) {
            ObjectNode s = input.addObject()
                .put("name", screen.name())
                .put("welcomeServerTime", screen.welcomeServerTime())
                .put("welcomeAt", screen.welcomeAt())
                .put("localNow", screen.localNow());
            s.set("timer", screen.timer());
            ArrayNode samples = s.putArray("samples");
            screen.samples().forEach(x -> samples.addObject().put("sentAt", x.sentAt())
                .put("serverTime", x.serverTime()).put("receivedAt", x.receivedAt()));
        }
        try {
            Process node = new ProcessBuilder("node", "show.js").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream stdin = node.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node show.js failed: " + output);
            }
            Map<String, Shown> shown = new LinkedHashMap<>();
            Codec.mapper().readTree(output).fields().forEachRemaining(e -> shown.put(e.getKey(),
                Codec.mapper().convertValue(e.getValue(), Shown.class)));
            return shown;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node (Node.js must be on the PATH, as for the build)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
