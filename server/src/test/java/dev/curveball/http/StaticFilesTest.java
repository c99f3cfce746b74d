package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Codec;
import dev.curveball.testing.RunningNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The web client's files over plain HTTP on loopback: encodings, validators, caching, types, and the 404 page. */
class StaticFilesTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/r/abcdefghjk", "/js/room.js", "/css/app.css", "/js/ot/text-operation.js",
        "/api/catalog"})
    void aClientThatAcceptsGzipGetsTheSameFileCompressed(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path, "Accept-Encoding", "identity");
        HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip, deflate, br");

        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", header(zipped, "content-encoding"));
        assertEquals("", header(plain, "content-encoding"), "not compressed unless asked");
        assertTrue(zipped.body().length < plain.body().length * 0.6,
            path + ": " + zipped.body().length + " bytes gzipped of " + plain.body().length);
        assertArrayEquals(plain.body(), gunzip(zipped.body()), "the same file once inflated");
        assertEquals("Accept-Encoding", header(zipped, "vary"));
        assertEquals("Accept-Encoding", header(plain, "vary"));
    }

    @ParameterizedTest
    @CsvSource({"/js/room.js, identity", "/js/room.js, gzip", "/r/abcdefghjk, gzip", "/api/catalog, gzip"})
    void aCopyTheBrowserAlreadyHoldsIsRevalidatedWithA304AndNoBody(String path, String encoding) throws Exception {
        HttpResponse<byte[]> first = get(path, "Accept-Encoding", encoding);
        String etag = header(first, "etag");
        assertTrue(etag.startsWith("\""), "a strong entity tag: " + etag);

        HttpResponse<byte[]> again = http.send(request(path).header("Accept-Encoding", encoding)
            .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "etag"));
        assertEquals("no-cache", header(again, "cache-control"));
    }

    @Test
    void aChangedFileIsSentWholeAndTheTwoEncodingsCarryDifferentTags() throws Exception {
        String plainTag = header(get("/css/app.css", "Accept-Encoding", "identity"), "etag");
        String zippedTag = header(get("/css/app.css", "Accept-Encoding", "gzip"), "etag");

        HttpResponse<byte[]> stale = http.send(request("/css/app.css")
            .header("If-None-Match", "\"an-older-version\"").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertNotEquals(plainTag, zippedTag, "different bytes, different strong tags");
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().length > 1000);
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html; charset=utf-8",
        "/r/abcdefghjk, text/html; charset=utf-8",
        "/css/app.css, text/css; charset=utf-8",
        "/js/room.js, text/javascript; charset=utf-8",
        "/js/ot/text-operation.js, text/javascript; charset=utf-8",
        "/favicon.svg, image/svg+xml"})
    void everyFileSaysWhatItIsAndThatItMustBeRevalidated(String path, String type) throws Exception {
        HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");

        assertEquals(200, response.statusCode());
        assertEquals(type, header(response, "content-type"));
        assertEquals("no-cache", header(response, "cache-control"),
            "URLs carry no version, so a cached copy is checked before every use");
        assertEquals("nosniff", header(response, "x-content-type-options"));
    }

    @Test
    void anUnknownPageAnswers404WithTheSitesPageAndAWayToStartARoom() throws Exception {
        HttpResponse<byte[]> response = get("/rooms/nothing-here", "Accept", "text/html");

        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=utf-8", header(response, "content-type"));
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<a class=\"button primary\" href=\"/\">Start a new room</a>"), page);
        assertTrue(page.contains("href=\"/css/app.css\""), "in the site's look");
        assertEquals("no-store", header(response, "cache-control"), "a miss is not kept");
    }

    @Test
    void anUnknownApiPathStillAnswersJson() throws Exception {
        HttpResponse<byte[]> response = get("/api/nothing-here", "Accept", "text/html");

        assertEquals(404, response.statusCode());
        assertEquals("application/json", header(response, "content-type"));
        assertEquals("bad-message", Codec.mapper().readTree(response.body()).path("code").asText());
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        assertEquals(404, get("/js/", "Accept", "text/html").statusCode());
        assertEquals(404, get("/js", "Accept", "text/html").statusCode());
    }

    @Test
    void aHeadRequestGetsTheHeadersAndNoBody() throws Exception {
        HttpResponse<byte[]> head = http.send(request("/css/app.css").header("Accept-Encoding", "gzip")
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> get = get("/css/app.css", "Accept-Encoding", "gzip");

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), header(head, "content-length"));
        assertEquals(header(get, "etag"), header(head, "etag"));
    }

    @Test
    void gzipRefusedWithQZeroIsNotSent() {
        assertFalse(StaticFiles.acceptsGzip("gzip;q=0, identity"));
        assertFalse(StaticFiles.acceptsGzip("br"));
        assertTrue(StaticFiles.acceptsGzip("gzip;q=0.5"));
        assertTrue(StaticFiles.acceptsGzip("*"));
    }

    private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
        return http.send(request(path).header(header, value).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
