package io.crimelake.ui.adapter.out.ingest;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** HTTP client of ingest-service's {@code /api/ingest} API, reached through the gateway. */
@FeignClient(name = "ingest", url = "${crimelake.gateway-url}", path = "/api/ingest")
public interface IngestClient {

    @PostMapping("/runs")
    IngestJson.Run start(
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RequestBody IngestJson.StartRun request);

    /** Answers 204 when the token is the admin token; changes nothing. */
    @GetMapping("/admin/session")
    void checkSession(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);

    @GetMapping("/runs")
    List<IngestJson.Run> runs();
}
