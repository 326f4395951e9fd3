package io.crimelake.ingest.config;

import io.crimelake.ingest.adapter.in.schedule.ScheduledIngest;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily schedule; only for the long-running service, never for a {@code --once} process. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class SchedulingConfiguration {
    @Bean
    ScheduledIngest scheduledIngest(TriggerRunUseCase trigger) {
        return new ScheduledIngest(trigger);
    }
}
