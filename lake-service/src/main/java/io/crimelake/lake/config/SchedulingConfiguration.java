package io.crimelake.lake.config;

import io.crimelake.lake.adapter.in.schedule.ScheduledVacuum;
import io.crimelake.lake.application.port.in.RecoverLakeUseCase;
import io.crimelake.lake.application.port.in.VacuumLakeUseCase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Schedules recovery and vacuum every {@code LAKE_VACUUM_INTERVAL}, starting right after start-up. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crimelake.lake.vacuum-scheduled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration implements SchedulingConfigurer {
    private final ScheduledVacuum vacuum;

    SchedulingConfiguration(RecoverLakeUseCase recovery, VacuumLakeUseCase vacuum, LakeProperties properties) {
        this.vacuum = new ScheduledVacuum(recovery, vacuum, properties.vacuumInterval());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(vacuum, vacuum.interval());
    }
}
