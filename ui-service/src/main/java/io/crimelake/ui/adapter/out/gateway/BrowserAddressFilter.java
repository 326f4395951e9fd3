package io.crimelake.ui.adapter.out.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers, for each browser request, which chain of addresses ui-service's calls back through the gateway act for:
 * the {@code X-Forwarded-For} the request came with (the gateway sets it to the client it identified) plus the peer
 * ui-service saw. The gateway believes the header only from its trusted proxies, so a browser reaching ui-service
 * directly cannot choose its rate-limit bucket by sending one.
 */
public final class BrowserAddressFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String received = request.getHeader(ForwardedForInterceptor.FORWARDED_FOR);
        String peer = request.getRemoteAddr();
        BrowserAddress.set(received == null || received.isBlank() ? peer : received.strip() + ", " + peer);
        try {
            chain.doFilter(request, response);
        } finally {
            BrowserAddress.clear();
        }
    }
}
