package io.crimelake.ingest.adapter.out.lakeservice;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** lake-service's compaction endpoint, as this service calls it. */
@FeignClient(name = "lake-service", url = "${crimelake.ingest.lake-url}")
public interface LakeServiceClient {
    /** Compacts one staged batch into the lake; repeating it for the same batch changes nothing. */
    @PostMapping("/api/lake/compactions")
    CompactionResponse compact(
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RequestBody CompactionRequest request);

    /** Body of {@code POST /api/lake/compactions}. */
    record CompactionRequest(String dataset, String batchId) {}

    /** What lake-service answers: the snapshot holding the batch and what the merge did. */
    record CompactionResponse(
            String batchId,
            Long snapshotId,
            long rowsInserted,
            long rowsUpdated,
            long rowsUnchanged,
            int partitionsRewritten) {}
}
