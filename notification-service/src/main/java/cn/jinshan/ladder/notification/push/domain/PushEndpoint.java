package cn.jinshan.ladder.notification.push.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a Web Push endpoint (a caller-supplied URL this service later POSTs to) must follow, against server-side
 * request forgery: https on the default port, no user info, a host name (no IP literal, not {@code localhost}) that is
 * one of the known push services. {@code allowInsecure} (development and tests only) also lets plain http and loopback
 * hosts on any port through, and nothing else.
 */
public final class PushEndpoint {

    static final int MAX_LENGTH = 2000;
    private static final Pattern IP_LITERAL = Pattern.compile("^\\[.*]$|^[0-9.]+$|^0x[0-9a-fx.]+$|.*:.*");

    private PushEndpoint() {}

    /** One broken rule: its code and what it asks for. */
    public record Broken(String rule, String message) {}

    /** The rules the endpoint breaks; empty when it may be stored. Checks the text only, without DNS. */
    public static List<Broken> check(String endpoint, List<String> allowedHosts, boolean allowInsecure) {
        URI uri = parse(endpoint);
        if (uri == null || uri.getHost() == null || !uri.isAbsolute()) {
            return List.of(new Broken("httpsUrl", "endpoint must be an absolute https URL"));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean devLoopback = allowInsecure && isLoopbackName(host);
        List<Broken> broken = new ArrayList<>();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !(allowInsecure && "http".equals(scheme))) {
            broken.add(new Broken("httpsUrl", "endpoint must be an absolute https URL"));
        }
        if (uri.getRawUserInfo() != null) {
            broken.add(new Broken("noUserInfo", "endpoint must not carry a user name or password"));
        }
        if (uri.getPort() != -1 && uri.getPort() != 443 && !devLoopback) {
            broken.add(new Broken("defaultPort", "endpoint must use the default https port"));
        }
        if (devLoopback) {
            return List.copyOf(broken);
        }
        if (IP_LITERAL.matcher(host).matches()) {
            broken.add(new Broken("noIpLiteral", "endpoint must name its host, not an IP address"));
        } else if (isLoopbackName(host)) {
            broken.add(new Broken("notLocal", "endpoint must not point at this machine"));
        } else if (!allowed(host, allowedHosts)) {
            broken.add(new Broken(
                    "pushServiceHost",
                    "endpoint host must be a known push service: " + String.join(", ", allowedHosts)));
        }
        return List.copyOf(broken);
    }

    /** Whether a resolved address may be called: not loopback, private, link-local, unique-local or wildcard. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second <= 127;
        return first != 0 && !carrierNat;
    }

    /** Exact names, or {@code *.suffix} for any name below the suffix (not the suffix itself). */
    static boolean allowed(String host, List<String> allowedHosts) {
        for (String pattern : allowedHosts) {
            String p = pattern.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("*.") ? host.endsWith(p.substring(1)) : host.equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.equals("127.0.0.1")
                || host.equals("[::1]");
    }

    private static URI parse(String endpoint) {
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return new URI(endpoint);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
