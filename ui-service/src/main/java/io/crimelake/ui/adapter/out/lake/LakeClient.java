package io.crimelake.ui.adapter.out.lake;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** HTTP client of lake-service's read API ({@code /api/lake}), reached through the gateway. */
@FeignClient(name = "lake", url = "${crimelake.gateway-url}", path = "/api/lake")
public interface LakeClient {

    @GetMapping("/snapshots/current")
    LakeJson.Snapshot current();

    @GetMapping("/snapshots")
    List<LakeJson.Snapshot> recent(@RequestParam("limit") int limit);

    @GetMapping("/partitions")
    List<LakeJson.Partition> partitions();
}
