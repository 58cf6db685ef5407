package cn.jinshan.ladder.notification.push.adapter.out.http;

import cn.jinshan.ladder.notification.push.application.PushProperties;
import cn.jinshan.ladder.notification.push.domain.PushEndpoint;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an endpoint again right before a push: the stored URL against today's rules (a subscription stored before a
 * rule existed), and every address its host resolves to now, so a known push service's name that resolves to a
 * private, loopback or link-local address (DNS rebinding, a poisoned resolver) is not called.
 */
final class EndpointGuard {

    private final PushProperties properties;

    EndpointGuard(PushProperties properties) {
        this.properties = properties;
    }

    /** Why the stored endpoint may no longer be used, if it breaks a rule. */
    Optional<String> brokenRules(String endpoint) {
        var broken = PushEndpoint.check(endpoint, properties.allowedHosts(), properties.allowInsecureEndpoints());
        return broken.isEmpty()
                ? Optional.empty()
                : Optional.of("endpoint breaks "
                        + broken.stream().map(PushEndpoint.Broken::rule).collect(Collectors.joining(", ")));
    }

    /** Why the endpoint's host may not be called now, if it resolves to a non-public address. */
    Optional<String> unsafeAddress(String endpoint) throws UnknownHostException {
        String host = URI.create(endpoint).getHost();
        InetAddress[] addresses = InetAddress.getAllByName(host);
        boolean devLoopback = properties.allowInsecureEndpoints()
                && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        if (devLoopback) {
            return Optional.empty();
        }
        return Arrays.stream(addresses)
                .filter(address -> !PushEndpoint.isPublic(address))
                .findFirst()
                .map(address -> "endpoint host resolves to a non-public address");
    }
}
