package io.crimelake.analytics.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.domain.Heatmap;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.domain.TypeCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

/** Answers keep the JSON Jackson writes for them while their serialised data is reused. */
class SnapshottedJsonConverterTest {
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final SnapshottedJsonConverter converter = new SnapshottedJsonConverter(mapper, 1_000_000);

    @Test
    void writesWhatJacksonWritesForTheAnswer() throws Exception {
        List<Snapshotted<?>> answers = List.of(
                new Snapshotted<>("00000000000000000042", List.of(new TimeBucket(LocalDate.of(2024, 2, 29), 7))),
                new Snapshotted<>("a \"quoted\" id", List.of(new TypeCount("THEFT", 3))),
                new Snapshotted<>(null, Heatmap.empty()));
        for (Snapshotted<?> answer : answers) {
            assertThat(written(answer)).isEqualTo(mapper.writeValueAsString(answer));
            assertThat(written(answer)).as("written again").isEqualTo(mapper.writeValueAsString(answer));
        }
    }

    @Test
    void namesEachAnswersOwnSnapshotWhenTheyShareData() throws Exception {
        List<TypeCount> shared = List.of(new TypeCount("BATTERY", 2));

        assertThat(written(new Snapshotted<>("1", shared))).startsWith("{\"snapshotId\":\"1\",");
        assertThat(written(new Snapshotted<>("2", shared))).startsWith("{\"snapshotId\":\"2\",");
    }

    @Test
    void answersOnlyForAnswers() {
        assertThat(converter.canWrite(Snapshotted.class, MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(converter.canWrite(String.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canRead(Snapshotted.class, MediaType.APPLICATION_JSON))
                .isFalse();
    }

    private String written(Snapshotted<?> answer) throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(answer, MediaType.APPLICATION_JSON, output);
        return output.getBodyAsString();
    }
}
