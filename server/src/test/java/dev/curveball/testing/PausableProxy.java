package dev.curveball.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a node that can drop the network the way a real one drops: {@link #pause()} stops
 * forwarding bytes in both directions without closing anything (no FIN, no RST, as when Wi-Fi goes away or a laptop
 * lid closes), new connections included; {@link #resume()} delivers what was held and carries on. Plain sockets,
 * two daemon threads per connection.
 */
public final class PausableProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean forwarding = true;
    private volatile boolean closed;

    private PausableProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    /** Listens on a free loopback port; each connection to it is forwarded to {@code 127.0.0.1:targetPort}. */
    public static PausableProxy to(int targetPort) {
        try {
            PausableProxy proxy = new PausableProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                targetPort);
            daemon(proxy::acceptLoop, "proxy-accept-" + proxy.port());
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The network drops: every byte in either direction waits here; no connection notices. */
    public void pause() {
        synchronized (gate) {
            forwarding = false;
        }
    }

    /** The network is back: what waited is delivered, in order. */
    public void resume() {
        synchronized (gate) {
            forwarding = true;
            gate.notifyAll();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                daemon(() -> pump(client, upstream), "proxy-up-" + client.getPort());
                daemon(() -> pump(upstream, client), "proxy-down-" + client.getPort());
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("proxy stopped accepting", e);
                }
            }
        }
    }

    /** Copies {@code from} to {@code to}, holding each chunk (read or not yet written) while paused. */
    private void pump(Socket from, Socket to) {
        byte[] chunk = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (;;) {
                awaitForwarding();
                int n = in.read(chunk);
                if (n < 0) {
                    to.shutdownOutput(); // a close on one side travels as a close, once forwarding
                    return;
                }
                awaitForwarding();
                out.write(chunk, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(from);
            closeQuietly(to);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitForwarding() throws InterruptedException {
        synchronized (gate) {
            while (!forwarding && !closed) {
                gate.wait();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        resume();
        closeQuietly(listener);
        sockets.forEach(PausableProxy::closeQuietly);
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed: the proxy is going away or the other side left first
        }
    }
}
