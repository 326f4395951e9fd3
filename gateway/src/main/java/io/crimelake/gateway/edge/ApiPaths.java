package io.crimelake.gateway.edge;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Path matching that agrees with the routes' {@code Path} predicates, which match decoded segments: a prefix check on
 * the raw path would let {@code /api/%69ngest/...} reach ingest-service unchecked.
 */
final class ApiPaths {

    private final List<PathPattern> patterns;

    private ApiPaths(List<PathPattern> patterns) {
        this.patterns = patterns;
    }

    static ApiPaths of(String... patterns) {
        List<PathPattern> parsed = Arrays.stream(patterns)
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        return new ApiPaths(parsed);
    }

    boolean matches(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
