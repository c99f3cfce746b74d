package dev.curveball.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsServeOnPort8080WithTheEmbeddedClusterName() {
        Config config = Config.defaults();

        assertEquals(8080, config.http().port());
        assertEquals("curveball", config.cluster().name());
        assertEquals(65536, config.limits().maxFrameBytes());
    }

    @Test
    void aFileOverridesDefaultsTheEnvironmentOverridesTheFileAndFlagsOverrideEverything() throws Exception {
        Path file = Files.writeString(dir.resolve("curveball.json"),
            "{\"port\": 9000, \"cluster-name\": \"from-file\", \"max-rooms\": 7, \"event-log-size\": 33}");
        Map<String, String> env = Map.of(
            "CURVEBALL_CONFIG", file.toString(),
            "CURVEBALL_PORT", "9001",
            "CURVEBALL_CLUSTER_NAME", "from-env");

        Config config = ConfigLoader.load(new String[] {"--port", "9002", "--max-rooms=8"}, env);

        assertEquals(9002, config.http().port(), "flag beats env");
        assertEquals("from-env", config.cluster().name(), "env beats file");
        assertEquals(8, config.rooms().maxRooms(), "--key=value works too");
        assertEquals(33, config.rooms().eventLogSize(), "file beats default");
    }

    @Test
    void aConfigFlagBeatsTheConfigEnvironmentVariable() throws Exception {
        Path fromEnv = Files.writeString(dir.resolve("env.json"), "{\"port\": 1111}");
        Path fromFlag = Files.writeString(dir.resolve("flag.json"), "{\"port\": 2222}");

        Config config = ConfigLoader.load(new String[] {"--config", fromFlag.toString()},
            Map.of("CURVEBALL_CONFIG", fromEnv.toString()));

        assertEquals(2222, config.http().port());
    }

    @Test
    void badSettingsAreRefusedWithAMessageNamingTheSetting() throws Exception {
        Path unknownKey = Files.writeString(dir.resolve("bad.json"), "{\"prot\": 1}");
        Map<String, Runnable> mistakes = new java.util.LinkedHashMap<>();
        mistakes.put("port", () -> ConfigLoader.load(new String[] {"--port", "eighty"}, Map.of()));
        mistakes.put("port ", () -> ConfigLoader.load(new String[] {"--port", "70000"}, Map.of()));
        mistakes.put("max-rooms", () -> ConfigLoader.load(new String[] {"--max-rooms", "0"}, Map.of()));
        mistakes.put("colour", () -> ConfigLoader.load(new String[] {"--colour", "blue"}, Map.of()));
        mistakes.put(" port", () -> ConfigLoader.load(new String[] {"--port"}, Map.of()));
        mistakes.put("max-frame-bytes", () -> ConfigLoader.load(new String[0],
            Map.of("CURVEBALL_MAX_FRAME_BYTES", "-5")));
        mistakes.put("prot", () -> ConfigLoader.load(new String[] {"--config", unknownKey.toString()}, Map.of()));
        mistakes.put("missing.json", () -> ConfigLoader.load(new String[] {"--config",
            dir.resolve("missing.json").toString()}, Map.of()));
        mistakes.put("log-format", () -> ConfigLoader.load(new String[] {"--log-format", "xml"}, Map.of()));
        mistakes.forEach((named, mistake) -> {
            ConfigException refused = assertThrows(ConfigException.class, mistake::run);
            assertTrue(refused.getMessage().contains(named.strip()), "the message names " + named.strip() + ": "
                + refused.getMessage());
        });
    }

    @Test
    void abuseLimitsDefaultToTheDocumentedValuesAndRefuseNonsenseNamingTheSetting() {
        Config.Guard guard = Config.defaults().guard();
        assertEquals(20, guard.roomsPerMinutePerAddress());
        assertEquals(60, guard.unjoinedRoomExpiryMinutes());
        assertEquals(false, guard.trustProxy());
        assertEquals(List.of(), guard.allowedOrigins());
        assertEquals(4, guard.maxSocketsPerParticipant());
        assertEquals(500, guard.maxDroppedMessages());

        for (String[] bad : List.of(new String[] {"--trust-proxy", "yes"},
            new String[] {"--allowed-origins", "https://ok.example.org,evil.example/path"},
            new String[] {"--max-sockets-per-participant", "0"},
            new String[] {"--rooms-per-minute-per-address", "lots"})) {
            ConfigException refused = assertThrows(ConfigException.class, () -> ConfigLoader.load(bad, Map.of()));
            assertTrue(refused.getMessage().startsWith(bad[0].substring(2)), refused.getMessage());
        }
        assertEquals(List.of("https://ok.example.org", "http://localhost:3000"), ConfigLoader.load(
            new String[] {"--allowed-origins", "https://ok.example.org, http://localhost:3000/"}, Map.of())
            .guard().allowedOrigins());
    }

    @Test
    void theDefaultsKeepRoomsInTheEmbeddedDatabaseUnderDataForThirtyDaysOfReports() {
        Config.Store store = Config.defaults().store();

        assertTrue(store.durable());
        assertTrue(store.embedded());
        assertEquals("./data", store.dataDir());
        assertEquals(1, store.writeDelaySeconds());
        assertEquals(30, store.reportRetentionDays());
    }

    @Test
    void theDatabaseSettingsComeFromTheEnvironmentLikeEveryOther() {
        Config.Store store = ConfigLoader.load(new String[0], Map.of(
            "CURVEBALL_DATABASE_URL", "jdbc:postgresql://db:5432/curveball",
            "CURVEBALL_DATABASE_USER", "curveball",
            "CURVEBALL_DATABASE_PASSWORD", " spaced ",
            "CURVEBALL_DATA_DIR", "/var/lib/curveball")).store();

        assertEquals("jdbc:postgresql://db:5432/curveball", store.databaseUrl());
        assertEquals("curveball", store.databaseUser());
        assertEquals(" spaced ", store.databasePassword(), "a password is taken as given");
        assertEquals("/var/lib/curveball", store.dataDir());
    }

    @Test
    void aClusterWithTheEmbeddedDatabaseIsRefusedAndToldToSharePostgresql() {
        ConfigException refused = assertThrows(ConfigException.class, () -> ConfigLoader.load(
            new String[] {"--cluster-members", "127.0.0.1:5701,127.0.0.1:5702"}, Map.of()));

        assertTrue(refused.getMessage().contains("--database-url jdbc:postgresql://"), refused.getMessage());
        ConfigLoader.load(new String[] {"--cluster-members", "127.0.0.1:5701", "--database-url",
            "jdbc:postgresql://db/curveball"}, Map.of());
        ConfigLoader.load(new String[] {"--cluster-members", "127.0.0.1:5701", "--store", "memory"}, Map.of());
    }

    @Test
    void badStoreSettingsAreRefused() {
        List<String[]> mistakes = List.of(
            new String[] {"--store", "disk"},
            new String[] {"--database-url", "postgres://db/curveball"},
            new String[] {"--store-write-delay-seconds", "0"},
            new String[] {"--report-retention-days", "0"},
            new String[] {"--database-pool-size", "0"});
        for (String[] flags : mistakes) {
            ConfigException refused = assertThrows(ConfigException.class, () -> ConfigLoader.load(flags, Map.of()));
            assertTrue(refused.getMessage().contains(flags[0].substring(2)), refused.getMessage());
        }
    }

    @Test
    void everySettingHasOneEnvironmentVariableAndOneFlag() {
        assertEquals("CURVEBALL_MAX_FRAME_BYTES", Setting.MAX_FRAME_BYTES.environmentVariable());
        assertEquals("--max-frame-bytes", Setting.MAX_FRAME_BYTES.flag());
    }

    @Test
    void theReadmeConfigurationTableListsEverySettingWithItsDefault() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Setting setting : Setting.values()) {
            String row = "| `" + setting.flag() + "` | `" + setting.environmentVariable() + "` | `"
                + setting.defaultValue() + "` |";
            assertTrue(readme.contains(row), "README misses the row starting " + row);
        }
    }
}
