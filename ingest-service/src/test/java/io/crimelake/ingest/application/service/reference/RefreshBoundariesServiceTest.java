package io.crimelake.ingest.application.service.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.application.port.out.reference.BoundarySource;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshBoundariesServiceTest {
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}";

    private final PortalBoundaries portal = new PortalBoundaries();
    private final InMemoryBoundaryStore store = new InMemoryBoundaryStore();
    private final RefreshBoundariesService service = new RefreshBoundariesService("igwz-8jzy", portal, store);

    @Test
    void storesTheBoundariesOnTheFirstRunAndOnlyFetchesAgainWhenThePortalChangedThem() {
        portal.publish(Instant.parse("2024-01-01T00:00:00Z"), "LOOP");

        assertThat(service.refresh().version()).isEqualTo("v1");
        assertThat(service.refresh().version()).isEqualTo("v1");
        assertThat(portal.fetches).isEqualTo(1);

        portal.publish(Instant.parse("2025-01-01T00:00:00Z"), "THE LOOP");
        var stored = service.refresh();

        assertThat(portal.fetches).isEqualTo(2);
        assertThat(stored.version()).isEqualTo("v2");
        assertThat(stored.sourceUpdatedAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(store.published.getLast().areas().getFirst().name()).isEqualTo("THE LOOP");
    }

    @Test
    void keepsTheStoredBoundariesWhenThePortalFails() {
        portal.publish(Instant.parse("2024-01-01T00:00:00Z"), "LOOP");
        service.refresh();
        portal.publish(Instant.parse("2025-01-01T00:00:00Z"), "THE LOOP");
        portal.failing = true;

        assertThatThrownBy(service::refresh).isInstanceOf(SourceFailedException.class);
        assertThat(store.current().orElseThrow().version()).isEqualTo("v1");
    }

    /** The portal's boundaries dataset: its rowsUpdatedAt and its one community area. */
    private static final class PortalBoundaries implements BoundarySource {
        private Instant updated;
        private String name;
        private boolean failing;
        private int fetches;

        void publish(Instant at, String loopName) {
            updated = at;
            name = loopName;
        }

        @Override
        public Instant lastUpdated(String datasetId) {
            return updated;
        }

        @Override
        public CommunityAreaBoundaries fetch(String datasetId) {
            if (failing) {
                throw new SourceFailedException("HTTP 500", null);
            }
            fetches++;
            return new CommunityAreaBoundaries(List.of(new CommunityAreaBoundary(32, name, SQUARE)));
        }
    }
}
