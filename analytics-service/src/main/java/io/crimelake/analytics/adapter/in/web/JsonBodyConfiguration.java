package io.crimelake.analytics.adapter.in.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link SnapshottedJsonConverter} before Spring's JSON converter for every answer. */
@Configuration(proxyBeanMethods = false)
class JsonBodyConfiguration implements WebMvcConfigurer {
    /** Serialised answers kept, bounded on their own: an answer evicted from the answer cache lingers until GC. */
    private static final long MAXIMUM_BYTES = 64L * 1024 * 1024;

    private final JsonMapper mapper;

    JsonBodyConfiguration(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new SnapshottedJsonConverter(mapper, MAXIMUM_BYTES));
    }
}
