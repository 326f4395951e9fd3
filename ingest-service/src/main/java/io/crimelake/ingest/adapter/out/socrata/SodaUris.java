package io.crimelake.ingest.adapter.out.socrata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds SODA 2.x resource URIs with their SoQL parameters encoded. */
final class SodaUris {
    private SodaUris() {}

    /** {@code <base>resource/<datasetId>.json?<parameters>}, parameters in the given order. */
    static URI resource(URI base, String datasetId, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base.resolve("resource/" + encode(datasetId) + ".json") + "?" + query);
    }

    // Spaces as %20 rather than '+', which some proxies in front of the portal do not decode in a query.
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
