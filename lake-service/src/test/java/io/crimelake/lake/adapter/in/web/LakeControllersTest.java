package io.crimelake.lake.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.crimelake.lake.application.port.in.CompactBatchCommand;
import io.crimelake.lake.application.port.in.CompactBatchUseCase;
import io.crimelake.lake.application.port.in.QuarantineQuery;
import io.crimelake.lake.application.port.in.SnapshotQuery;
import io.crimelake.lake.application.port.in.VacuumLakeUseCase;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.BatchNotFoundException;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.QuarantineFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.domain.UnreadableBatchException;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web edge: JSON shapes, the admin token, ETags and problem details for each failure kind. */
@WebMvcTest(properties = "crimelake.lake.admin-token=s3cret")
class LakeControllersTest {
    private static final String COMPACTION = "{\"dataset\":\"crimes\",\"batchId\":\"20240105T031500Z-9f2c1a\"}";
    private static final BatchId BATCH = new BatchId("20240105T031500Z-9f2c1a");
    private static final Instant COMMITTED = Instant.parse("2025-06-01T04:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CompactBatchUseCase compaction;

    @MockitoBean
    VacuumLakeUseCase vacuum;

    @MockitoBean
    SnapshotQuery snapshots;

    @MockitoBean
    QuarantineQuery quarantine;

    @Test
    void compactionReportsTheCountsIngestRecords() throws Exception {
        given(compaction.compact(new CompactBatchCommand("crimes", BATCH)))
                .willReturn(new CompactionResult(BATCH, 7L, new MergeCounts(10, 2, 3), 2));

        mvc.perform(compactionRequest().header("Authorization", "Bearer s3cret"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"batchId\":\"20240105T031500Z-9f2c1a\",\"snapshotId\":7,\"rowsInserted\":10,"
                                + "\"rowsUpdated\":2,\"rowsUnchanged\":3,\"partitionsRewritten\":2}"));
    }

    @Test
    void rejectsCompactionWithoutATokenWith401() throws Exception {
        mvc.perform(compactionRequest())
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(compaction);
    }

    @Test
    void rejectsCompactionWithAWrongTokenWith403() throws Exception {
        mvc.perform(compactionRequest().header("Authorization", "Bearer s3cret-not"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/lake/vacuum").header("Authorization", "Bearer wrong"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(compaction, vacuum);
    }

    @Test
    void unknownBatchIs404() throws Exception {
        given(compaction.compact(any())).willThrow(new BatchNotFoundException("crimes", BATCH));

        mvc.perform(compactionRequest().header("Authorization", "Bearer s3cret"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://crimelake.io/problems/batch-not-found"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(BATCH.value())));
    }

    @Test
    void unreadableBatchIs422NamingTheFile() throws Exception {
        String file = "_staging/crimes/" + BATCH + "/part-000002.parquet";
        given(compaction.compact(any())).willThrow(new UnreadableBatchException(file, "not a Parquet file", null));

        mvc.perform(compactionRequest().header("Authorization", "Bearer s3cret"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.file").value(file));
    }

    @Test
    void busyLakeIs409() throws Exception {
        Lease held = new Lease("crimes", "other", "compaction of batch x", COMMITTED, COMMITTED.plusSeconds(60));
        given(compaction.compact(any())).willThrow(new LakeBusyException(held));

        mvc.perform(compactionRequest().header("Authorization", "Bearer s3cret"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void invalidRequestsAre400() throws Exception {
        mvc.perform(post("/api/lake/compactions")
                        .header("Authorization", "Bearer s3cret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\":\"crashes\",\"batchId\":\"../etc\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/lake/compactions")
                        .header("Authorization", "Bearer s3cret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\":\"crimes\"}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(compaction);
    }

    @Test
    void currentSnapshotCarriesAnETagAndAnswers304WhenUnchanged() throws Exception {
        given(snapshots.current("crimes")).willReturn(Optional.of(snapshot()));

        mvc.perform(get("/api/lake/snapshots/current"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"crimes-3\""))
                .andExpect(jsonPath("$.id").value(3))
                .andExpect(jsonPath("$.rows").value(42))
                .andExpect(jsonPath("$.batchId").value(BATCH.value()))
                .andExpect(jsonPath("$.files[0].key")
                        .value(snapshot().files().getFirst().key()))
                .andExpect(jsonPath("$.files[0].sha256").value("ab".repeat(32)));
        mvc.perform(get("/api/lake/snapshots/current").header("If-None-Match", "\"crimes-3\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/lake/snapshots/current").header("If-None-Match", "\"crimes-2\""))
                .andExpect(status().isOk());
    }

    @Test
    void noCurrentSnapshotIs404() throws Exception {
        given(snapshots.current("crimes")).willReturn(Optional.empty());

        mvc.perform(get("/api/lake/snapshots/current")).andExpect(status().isNotFound());
    }

    @Test
    void listsPartitionsSnapshotsAndQuarantine() throws Exception {
        given(snapshots.current("crimes")).willReturn(Optional.of(snapshot()));
        given(snapshots.recent(eq("crimes"), eq(5))).willReturn(List.of(snapshot()));
        given(quarantine.quarantine("crimes"))
                .willReturn(List.of(
                        new QuarantineFile("crimes", BATCH, "_quarantine/crimes/" + BATCH + ".jsonl", 120, COMMITTED)));

        mvc.perform(get("/api/lake/partitions"))
                .andExpect(jsonPath("$[0].partition").value("crimes/year=2024/month=03"))
                .andExpect(jsonPath("$[0].rows").value(42))
                .andExpect(jsonPath("$[0].minDate").value("2024-03-01T00:05:00"))
                .andExpect(jsonPath("$[0].lastRewrittenBySnapshot").value(3));
        mvc.perform(get("/api/lake/snapshots").param("limit", "5"))
                .andExpect(jsonPath("$[0].id").value(3));
        mvc.perform(get("/api/lake/quarantine"))
                .andExpect(jsonPath("$[0].batchId").value(BATCH.value()));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder compactionRequest() {
        return post("/api/lake/compactions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(COMPACTION);
    }

    private static Snapshot snapshot() {
        var partition = new PartitionKey("crimes", 2024, 3);
        var file = new PartitionFile(
                partition,
                partition.prefix() + "part-00000000000000000003-x.parquet",
                42,
                4096,
                LocalDateTime.parse("2024-03-01T00:05:00"),
                LocalDateTime.parse("2024-03-31T23:55:00"),
                100,
                200,
                "ab".repeat(32),
                3,
                COMMITTED);
        return new Snapshot(3, "crimes", COMMITTED, 2L, BATCH, List.of(file));
    }
}
