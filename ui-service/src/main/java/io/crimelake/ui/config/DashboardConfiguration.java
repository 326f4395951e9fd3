package io.crimelake.ui.config;

import io.crimelake.ui.adapter.out.analytics.AnalyticsClient;
import io.crimelake.ui.adapter.out.analytics.HttpAnalyticsQueries;
import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.application.service.DashboardService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the dashboard's plain-Java service to the analytics client. */
@Configuration
@EnableFeignClients(clients = AnalyticsClient.class)
public class DashboardConfiguration {

    @Bean
    HttpAnalyticsQueries httpAnalyticsQueries(AnalyticsClient client) {
        return new HttpAnalyticsQueries(client);
    }

    @Bean
    DashboardQuery dashboardQuery(HttpAnalyticsQueries analytics) {
        return new DashboardService(analytics, analytics, analytics, analytics);
    }

    /** Panels wait on HTTP, not on the CPU: a virtual thread per request keeps a slow panel from blocking others. */
    @Bean(destroyMethod = "close")
    ExecutorService dashboardExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
