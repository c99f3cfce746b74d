package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import dev.curveball.testing.LogCapture;
import dev.curveball.testing.RunningNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A browser that gives up on a download half-way (a closed tab, a cancelled navigation) is no server error. */
class AbortedDownloadTest {
    /** Downloads cut off; each has its own chance to land in the middle of a write. */
    private static final int ABORTS = 20;
    /** How long the node is watched for a late complaint about the aborted downloads. */
    private static final Duration WATCH = Duration.ofSeconds(1);

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void downloadsCutOffAfterTheirHeadLeaveNothingInTheLogAndTheNodeServesOn() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < ABORTS; i++) {
                abortAfterTheHead("/css/app.css");
            }

            Awaitility.await().during(WATCH).atMost(WATCH.multipliedBy(3)).until(
                () -> log.mentioning("head already sent").isEmpty() && log.errors().isEmpty());
            assertEquals(List.of(), log.lines(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                    && (e.getLoggerName().startsWith("dev.curveball") || e.getLoggerName().startsWith("io.vertx"))),
                "nothing to warn about: the client went away");
            assertEquals(200, node.get("/css/app.css").statusCode(), "the node serves on");
        }
    }

    /**
     * Asks for a file with a tiny receive window, reads the status line, and resets the connection while the
     * server still has most of the body to write.
     */
    private static void abortAfterTheHead(String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(1024);
            socket.connect(new InetSocketAddress("127.0.0.1", node.port()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = new byte[12];
            int read = 0;
            while (read < status.length) {
                int n = in.read(status, read, status.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            assertEquals("HTTP/1.1 200", new String(status, 0, read, StandardCharsets.US_ASCII));
            socket.setSoLinger(true, 0); // close with a reset, as a killed tab does
        }
    }
}
