package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The organizer's page watching a cohort's board: once a second it asks {@code GET /api/cohorts/<id>?since=<the
 * serverTime of the previous answer>} on one keep-alive HTTP/1.1 connection. It speaks HTTP over a plain socket so
 * that it can count every byte of every answer as it arrives, status line and headers included, which an HTTP
 * client library would hide.
 */
final class BoardPoller implements AutoCloseable {
    private static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** An answer slower than this is a failed poll; the loop also gives up a closed connection's read this late. */
    private static final int READ_TIMEOUT_MS = 10_000;

    /** What the board's answers came to over a window of time. Guarded by the poller. */
    static final class Window {
        final long startedNanos = System.nanoTime();
        long endedNanos;
        long received;
        long sent;
        int answers;
        int failed;
        long rooms;
        int maxRooms;
        String lastFailure;
        final Latencies times = new Latencies();

        double seconds() {
            return (endedNanos - startedNanos) / 1e9;
        }

        double meanRooms() {
            return answers == 0 ? Double.NaN : (double) rooms / answers;
        }
    }

    private final String host;
    private final int port;
    private final String path;
    private final String bearer;
    private final Thread thread;
    private volatile boolean running = true;
    private Window window = new Window();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    BoardPoller(String host, int port, BenchCohort cohort) {
        this.host = host;
        this.port = port;
        this.path = "/api/cohorts/" + cohort.id();
        this.bearer = cohort.bearer();
        this.thread = new Thread(this::poll, "board-poller");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The window since the last call, and a fresh one from now. */
    synchronized Window take() {
        Window taken = window;
        taken.endedNanos = System.nanoTime();
        window = new Window();
        return taken;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(READ_TIMEOUT_MS + 1_000L); // a poll in flight ends within its read timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        disconnect();
    }

    private void poll() {
        String since = null;
        long next = System.nanoTime();
        while (running) {
            try {
                since = ask(since);
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    window.failed++;
                    window.lastFailure = e.toString();
                }
                disconnect(); // the next poll opens a new connection, as a browser would
            }
            next += PERIOD_NANOS;
            long wait = next - System.nanoTime();
            if (wait <= 0) {
                next = System.nanoTime(); // an answer slower than a second: ask again at once, never two at a time
                continue;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait); // polling once a second is what the page does
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One poll; answers the serverTime to send as {@code since} next time. */
    private String ask(String since) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        byte[] request = ("GET " + path + (since == null ? "" : "?since=" + since) + " HTTP/1.1\r\n"
            + "Host: " + host + ":" + port + "\r\nAccept: application/json\r\nAuthorization: " + bearer
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long asked = System.nanoTime();
        out.write(request);
        out.flush();
        String head = readHead();
        int length = contentLength(head);
        byte[] body = in.readNBytes(length);
        long answered = System.nanoTime();
        if (body.length < length) {
            throw new IOException("the connection closed inside an answer");
        }
        if (head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close")) {
            disconnect();
        }
        if (!head.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException("the board answered " + head.lines().findFirst().orElse("")
                + ": " + new String(body, StandardCharsets.UTF_8));
        }
        JsonNode board = Codec.mapper().readTree(body);
        int rooms = board.path("rooms").size();
        synchronized (this) {
            window.received += head.length() + body.length; // the head is ASCII: one byte per character
            window.sent += request.length;
            window.answers++;
            window.rooms += rooms;
            window.maxRooms = Math.max(window.maxRooms, rooms);
            window.times.add((answered - asked) / 1000);
        }
        return board.path("serverTime").asText();
    }

    /** The status line and headers, up to and including the empty line. */
    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) throws IOException {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        throw new IOException("the board's answer has no Content-Length (chunked answers are not read here): "
            + head);
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that is already broken: nothing is left to release
            }
            socket = null;
        }
    }
}
