package io.crimelake.analytics.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crimelake.analytics.domain.Snapshotted;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes answers as {@code {"snapshotId": ..., "data": ...}} and keeps each answer's serialised {@code data} for
 * as long as the answer itself lives (weak identity keys): a cached answer is turned into JSON once, not on every
 * hit (serialising was most of a hit's time for the 5,000-point map, 577 KB, and the full-history day series).
 *
 * <p>Answers are immutable values, so the bytes of one answer object never change.
 */
final class SnapshottedJsonConverter extends AbstractHttpMessageConverter<Snapshotted<?>> {
    private static final byte[] SNAPSHOT_ID = "{\"snapshotId\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA = ",\"data\":".getBytes(StandardCharsets.UTF_8);

    private final JsonMapper mapper;
    private final Cache<Object, byte[]> bodies;

    /** @param maximumBytes most serialised bytes kept */
    SnapshottedJsonConverter(JsonMapper mapper, long maximumBytes) {
        super(MediaType.APPLICATION_JSON);
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.bodies = Caffeine.newBuilder()
                .weakKeys()
                .executor(Runnable::run)
                .maximumWeight(maximumBytes)
                .weigher((Object data, byte[] body) -> body.length)
                .build();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Snapshotted.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected Snapshotted<?> readInternal(Class<? extends Snapshotted<?>> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("answers are only written");
    }

    @Override
    protected void writeInternal(Snapshotted<?> answer, HttpOutputMessage output) throws IOException {
        byte[] data = bodies.get(answer.data(), mapper::writeValueAsBytes);
        OutputStream body = output.getBody();
        body.write(SNAPSHOT_ID);
        body.write(mapper.writeValueAsBytes(answer.snapshotId()));
        body.write(DATA);
        body.write(data);
        body.write('}');
    }
}
