package dev.curveball.transport;

import io.netty.util.NetUtil;
import io.vertx.core.MultiMap;
import io.vertx.core.net.SocketAddress;
import java.util.Arrays;

/**
 * Who a request comes from, for per-address limits: the peer's IP address, or, when the node sits behind a proxy it
 * trusts ({@code --trust-proxy}), the address that proxy appended last to {@code X-Forwarded-For} (earlier entries
 * are whatever the client claimed). An IPv6 address counts as its /64 network, the block one subscriber usually
 * holds, so that walking through one's own addresses does not buy fresh buckets.
 */
public final class ClientAddress {
    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(SocketAddress peer, MultiMap headers, boolean trustProxy) {
        if (trustProxy) {
            String forwarded = headers.get(FORWARDED_FOR);
            if (forwarded != null) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
                String key = key(last);
                if (key != null) {
                    return key;
                }
            }
        }
        String host = peer == null ? null : peer.hostAddress();
        String key = host == null ? null : key(host);
        return key != null ? key : "unknown";
    }

    /** The limit key of an IP literal, or null when it is not one (no name is ever looked up). */
    private static String key(String literal) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 4) {
            return literal;
        }
        if (ipv4Mapped(bytes)) {
            return NetUtil.bytesToIpAddress(Arrays.copyOfRange(bytes, 12, 16));
        }
        byte[] network = Arrays.copyOf(bytes, 16);
        Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(network) + "/64";
    }

    /** {@code ::ffff:a.b.c.d}, how a dual-stack socket reports an IPv4 peer: that peer, not all of IPv4 at once. */
    private static boolean ipv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
