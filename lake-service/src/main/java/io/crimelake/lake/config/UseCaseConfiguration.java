package io.crimelake.lake.config;

import io.crimelake.lake.application.port.out.CompactionJournal;
import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.application.port.out.PartitionMerger;
import io.crimelake.lake.application.port.out.QuarantineStore;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.application.service.CompactBatchService;
import io.crimelake.lake.application.service.SnapshotCommitter;
import io.crimelake.lake.application.service.SnapshotQueryService;
import io.crimelake.lake.application.service.VacuumLakeService;
import io.crimelake.lake.application.service.WorkFolders;
import io.crimelake.lake.application.service.WriterLease;
import io.crimelake.lake.domain.RetentionPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java use-case services to their ports, one bean per service. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {
    @Bean
    CompactBatchService compactBatchService(
            LakeFiles files,
            SnapshotStore snapshots,
            LeaseStore leases,
            PartitionMerger merger,
            CompactionJournal journal,
            Clock clock,
            LakeProperties properties) {
        // Folders a killed process left behind are removed before the first compaction can start.
        var workFolders = new WorkFolders(LocalFolders.work(properties));
        workFolders.clear();
        return new CompactBatchService(
                files,
                snapshots,
                writerLease(leases, properties),
                merger,
                new SnapshotCommitter(files, snapshots, clock),
                journal,
                workFolders);
    }

    @Bean
    VacuumLakeService vacuumLakeService(
            LakeFiles files, SnapshotStore snapshots, LeaseStore leases, Clock clock, LakeProperties properties) {
        var policy = new RetentionPolicy(properties.retention(), properties.keepSnapshots());
        return new VacuumLakeService(files, snapshots, writerLease(leases, properties), policy, clock);
    }

    private static WriterLease writerLease(LeaseStore leases, LakeProperties properties) {
        return new WriterLease(leases, properties.leaseTtl(), properties.leaseWait());
    }

    @Bean
    SnapshotQueryService snapshotQueryService(SnapshotStore snapshots, QuarantineStore quarantine) {
        return new SnapshotQueryService(snapshots, quarantine);
    }
}
