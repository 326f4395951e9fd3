package io.crimelake.lake.config;

import io.crimelake.lake.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.lake.adapter.out.duckdb.DuckDbPartitionMerger;
import io.crimelake.lake.adapter.out.objectstore.LakeKeys;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreCompactionJournal;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreLakeFiles;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreLeaseStore;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreQuarantineStore;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreSnapshotStore;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outgoing adapters: the lake's object store, its file, snapshot, lease and quarantine views, DuckDB. */
@Configuration(proxyBeanMethods = false)
class LakeAdapterConfiguration {
    // The stored JSON formats must not change with the web layer's Jackson settings.
    private final JsonMapper storageJson = JsonMapper.builder().build();

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ObjectStore lakeObjectStore(LakeProperties properties) throws IOException {
        LakeProperties.Minio minio = properties.minio();
        S3Settings s3 = minio == null
                ? S3Settings.none()
                : new S3Settings(minio.endpoint(), minio.accessKey(), minio.secretKey());
        return ObjectStores.open(properties.lakeUri(), s3);
    }

    @Bean
    LakeKeys lakeKeys(LakeProperties properties) {
        return new LakeKeys(properties.stagingFolder(), properties.quarantineFolder());
    }

    @Bean
    ObjectStoreLakeFiles lakeFiles(ObjectStore store, LakeKeys keys, LakeProperties properties) {
        return new ObjectStoreLakeFiles(store, keys, LocalFolders.cache(properties));
    }

    @Bean
    ObjectStoreSnapshotStore snapshotStore(ObjectStore store) {
        return new ObjectStoreSnapshotStore(store, storageJson);
    }

    @Bean
    ObjectStoreLeaseStore leaseStore(ObjectStore store, Clock clock, LakeProperties properties) {
        return new ObjectStoreLeaseStore(store, storageJson, clock);
    }

    @Bean
    ObjectStoreCompactionJournal compactionJournal(ObjectStore store, Clock clock) {
        return new ObjectStoreCompactionJournal(store, clock);
    }

    @Bean
    ObjectStoreQuarantineStore quarantineStore(ObjectStore store, LakeKeys keys) {
        return new ObjectStoreQuarantineStore(store, keys);
    }

    @Bean(destroyMethod = "close")
    DuckDbDatabase duckDbDatabase(LakeProperties properties) throws SQLException {
        LakeProperties.DuckDb duckdb = properties.duckdb();
        return new DuckDbDatabase(duckdb.memoryLimit(), duckdb.threads(), LocalFolders.spill(properties));
    }

    @Bean
    DuckDbPartitionMerger partitionMerger(DuckDbDatabase database) {
        return new DuckDbPartitionMerger(database, List.of(CrimesDataset.definition()));
    }
}
