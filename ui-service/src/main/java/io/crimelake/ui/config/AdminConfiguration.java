package io.crimelake.ui.config;

import io.crimelake.ui.adapter.out.ingest.HttpIngestRuns;
import io.crimelake.ui.adapter.out.ingest.IngestClient;
import io.crimelake.ui.adapter.out.lake.HttpLakeCatalog;
import io.crimelake.ui.adapter.out.lake.LakeClient;
import io.crimelake.ui.application.service.AdminService;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the admin console's service to the ingest and lake clients (both through the gateway). */
@Configuration
@EnableFeignClients(clients = {IngestClient.class, LakeClient.class})
public class AdminConfiguration {

    @Bean
    AdminService adminService(IngestClient ingest, LakeClient lake) {
        return new AdminService(new HttpIngestRuns(ingest), new HttpLakeCatalog(lake));
    }
}
