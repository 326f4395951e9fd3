package io.crimelake.gateway.edge;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The address ranges ({@code GATEWAY_TRUSTED_PROXIES}) of proxies whose {@code X-Forwarded-For} entries are believed:
 * ui-service, an ingress or a reverse proxy in front of the gateway.
 */
public final class TrustedProxies {

    private final List<IpSubnetFilterRule> ranges;

    /**
     * @param ranges CIDR ranges ({@code 10.0.0.0/8}, {@code fc00::/7}) or single addresses; empty trusts no one
     * @throws IllegalArgumentException naming {@code GATEWAY_TRUSTED_PROXIES} when an entry is not an IP range
     */
    public TrustedProxies(List<String> ranges) {
        this.ranges = ranges.stream()
                .map(String::strip)
                .filter(range -> !range.isEmpty())
                .map(TrustedProxies::parse)
                .toList();
    }

    /** Whether {@code address} is an IP literal inside one of the ranges; host names and garbage never are. */
    public boolean contains(String address) {
        // Parsed without DNS: a literal or nothing, so a forged header cannot trigger lookups.
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(address);
        if (literal == null) {
            return false;
        }
        InetSocketAddress socketAddress = new InetSocketAddress(literal, 0);
        return ranges.stream().anyMatch(range -> range.matches(socketAddress));
    }

    private static IpSubnetFilterRule parse(String range) {
        int slash = range.indexOf('/');
        String address = slash < 0 ? range : range.substring(0, slash);
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(address);
        if (literal == null) {
            throw invalid(range);
        }
        int fullLength = literal.getAddress().length * 8;
        try {
            int prefix = slash < 0 ? fullLength : Integer.parseInt(range.substring(slash + 1));
            if (prefix < 0 || prefix > fullLength) {
                throw invalid(range);
            }
            return new IpSubnetFilterRule(literal, prefix, IpFilterRuleType.ACCEPT);
        } catch (NumberFormatException e) {
            throw invalid(range);
        }
    }

    private static IllegalArgumentException invalid(String range) {
        return new IllegalArgumentException("GATEWAY_TRUSTED_PROXIES: '" + range
                + "' is not an IP address or CIDR range such as 10.0.0.0/8 or fc00::/7");
    }
}
