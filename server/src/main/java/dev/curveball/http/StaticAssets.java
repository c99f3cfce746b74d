package dev.curveball.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The web client's files (the classpath folder {@code webroot/}), read once when the node starts. Each keeps a gzip
 * copy when it is text, and an entity tag computed from its content: the same on every node of a cluster and across
 * restarts, so a browser revalidating against whichever node it reaches gets its 304. Immutable; shared by all
 * event loops.
 */
public final class StaticAssets {
    static final String ROOT = "webroot";
    /** Text compresses well; images and fonts that are already compressed are sent as they are. */
    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"),
        Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("mjs", "text/javascript; charset=utf-8"),
        Map.entry("json", "application/json"),
        Map.entry("svg", "image/svg+xml"),
        Map.entry("md", "text/markdown; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("png", "image/png"),
        Map.entry("ico", "image/x-icon"),
        Map.entry("woff2", "font/woff2"));
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    /**
     * One file. {@code gzip} is null when compressing does not pay. The two encodings are different bytes, so they
     * carry different strong tags.
     */
    record Asset(String contentType, byte[] identity, byte[] gzip, String etag, String gzipEtag) {
        /** Whether a client's {@code If-None-Match} names a copy it already holds (weak comparison, RFC 9110). */
        boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag) || candidate.equals(gzipEtag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Asset> byPath;

    private StaticAssets(Map<String, Asset> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** Reads every file under {@code webroot/} on the classpath, from a folder or from inside a jar. */
    public static StaticAssets fromClasspath() {
        URL root = StaticAssets.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("the web client (classpath folder " + ROOT + "/) is missing");
        }
        try {
            URI uri = root.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath("/" + ROOT));
            } catch (FileSystemAlreadyExistsException open) {
                return read(FileSystems.getFileSystem(uri).getPath("/" + ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web client's files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the web client's files: " + root, e);
        }
    }

    private static StaticAssets read(Path folder) throws IOException {
        Map<String, Asset> assets = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String separator = file.getFileSystem().getSeparator();
                String path = "/" + folder.relativize(file).toString().replace(separator, "/");
                assets.put(path, asset(path, Files.readAllBytes(file)));
            }
        }
        return new StaticAssets(assets);
    }

    static Asset asset(String path, byte[] bytes) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.getOrDefault(extension, UNKNOWN_TYPE);
        boolean text = type.startsWith("text/") || type.equals("application/json") || type.equals("image/svg+xml");
        byte[] gzip = text ? gzip(bytes) : null;
        if (gzip != null && gzip.length >= bytes.length) {
            gzip = null;
        }
        String tag = tag(bytes);
        return new Asset(type, bytes, gzip, "\"" + tag + "\"", "\"" + tag + "-gzip\"");
    }

    /** The file at a request path ({@code /} is the landing page), if there is one. */
    Asset get(String path) {
        return byPath.get("/".equals(path) ? "/index.html" : path);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION); // done once per file at startup, so take the smallest
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 128 bits of the content's SHA-256: enough to tell versions of a file apart. */
    private static String tag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
