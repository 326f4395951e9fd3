package io.crimelake.analytics.config;

import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeRows;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbIncidentFileWriter;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbSnapshotOverview;
import io.crimelake.analytics.adapter.out.duckdb.ParquetScans;
import io.crimelake.analytics.adapter.out.duckdb.QueryExecutor;
import io.crimelake.analytics.adapter.out.duckdb.ScanSource;
import io.crimelake.analytics.adapter.out.duckdb.ServingTable;
import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.adapter.out.lakemanifest.ManifestSnapshotSource;
import io.crimelake.analytics.adapter.out.lakereference.LakeBoundarySource;
import io.crimelake.analytics.application.port.out.SnapshotSource;
import io.crimelake.analytics.application.service.AnswerCache;
import io.crimelake.analytics.application.service.CacheWarmer;
import io.crimelake.analytics.application.service.CrimeStatisticsService;
import io.crimelake.analytics.application.service.CurrentBoundaries;
import io.crimelake.analytics.application.service.CurrentSnapshot;
import io.crimelake.analytics.application.service.ExportIncidentsService;
import io.crimelake.analytics.application.service.IncidentService;
import io.crimelake.analytics.application.service.MetaService;
import io.crimelake.analytics.application.service.SnapshotAnswers;
import io.crimelake.lakeformat.store.LakeConfigurationException;
import io.crimelake.lakeformat.store.LakeLocation;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java services to their DuckDB and lake-folder adapters. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean(destroyMethod = "close")
    ObjectStore lakeStore(AnalyticsProperties lake) throws IOException {
        AnalyticsProperties.Minio minio = lake.minio();
        S3Settings s3 = minio == null
                ? S3Settings.none()
                : new S3Settings(minio.endpoint(), minio.accessKey(), minio.secretKey());
        return ObjectStores.open(lake.lakeUri(), s3);
    }

    @Bean
    SnapshotSource snapshotSource(ObjectStore lakeStore, AnalyticsProperties lake, QueryProperties query) {
        Path localRoot = LakeLocation.parse(lake.lakeUri()) instanceof LakeLocation.Local local ? local.root() : null;
        if (query.snapshotSource() == QueryProperties.SnapshotSourceKind.FOLDER) {
            if (localRoot == null) {
                throw new LakeConfigurationException("SNAPSHOT_SOURCE=folder needs a file: LAKE_URI");
            }
            return new LocalFolderSnapshotSource(localRoot);
        }
        return new ManifestSnapshotSource(
                lakeStore, localRoot, lake.dataDir().resolve("serving"), query.servingGrace());
    }

    @Bean(destroyMethod = "close")
    DuckDbDatabase duckDbDatabase(QueryProperties query, AnalyticsProperties lake) throws IOException {
        Path spill = Files.createDirectories(lake.dataDir().resolve("duckdb-spill"));
        if (query.servingLayout() == QueryProperties.ServingLayoutKind.TABLE) {
            return DuckDbDatabase.persistent(
                    lake.dataDir().resolve("serving.duckdb"), query.duckdbThreads(), query.duckdbMemoryLimit(), spill);
        }
        return new DuckDbDatabase(query.duckdbThreads(), query.duckdbMemoryLimit(), spill);
    }

    @Bean(destroyMethod = "close")
    QueryExecutor queryExecutor(DuckDbDatabase database, QueryProperties query) {
        return new QueryExecutor(
                database,
                query.maxConcurrentQueries(),
                query.maxConcurrentExports(),
                query.queryTimeout(),
                query.slotWait());
    }

    @Bean
    ScanSource scanSource(QueryExecutor executor, QueryProperties query) {
        return switch (query.servingLayout()) {
            case PARQUET -> new ParquetScans(executor);
            case TABLE -> new ServingTable(executor);
        };
    }

    @Bean
    AnswerCache answerCache(QueryProperties query) {
        return new AnswerCache(query.cacheRows());
    }

    @Bean
    CurrentSnapshot currentSnapshot(SnapshotSource source, ScanSource scans, AnswerCache cache) {
        return new CurrentSnapshot(source, scans, cache);
    }

    @Bean
    CurrentBoundaries currentBoundaries(ObjectStore lakeStore) {
        return new CurrentBoundaries(new LakeBoundarySource(lakeStore));
    }

    @Bean
    SnapshotAnswers snapshotAnswers(CurrentSnapshot current, AnswerCache cache) {
        return new SnapshotAnswers(current, cache);
    }

    @Bean
    CrimeStatisticsService crimeStatisticsService(
            SnapshotAnswers answers, QueryExecutor executor, ScanSource scans, CurrentBoundaries boundaries) {
        return new CrimeStatisticsService(answers, new DuckDbCrimeStatistics(scans), boundaries);
    }

    @Bean
    IncidentService incidentService(
            SnapshotAnswers answers,
            QueryExecutor executor,
            ScanSource scans,
            CurrentBoundaries boundaries,
            QueryProperties query) {
        return new IncidentService(
                answers,
                new DuckDbCrimeRows(executor, scans),
                new DuckDbCrimeStatistics(scans),
                boundaries,
                query.mapPointCap(),
                query.mapPointMaxDays());
    }

    @Bean
    ExportIncidentsService exportIncidentsService(
            CurrentSnapshot current, QueryExecutor executor, ScanSource scans, AnalyticsProperties lake) {
        return new ExportIncidentsService(
                current,
                new DuckDbCrimeRows(executor, scans),
                new DuckDbIncidentFileWriter(executor),
                lake.dataDir().resolve("exports"));
    }

    @Bean
    CacheWarmer cacheWarmer(MetaService meta, CrimeStatisticsService statistics) {
        return new CacheWarmer(meta, statistics);
    }

    @Bean
    MetaService metaService(
            CurrentSnapshot current,
            AnswerCache cache,
            QueryExecutor executor,
            ScanSource scans,
            CurrentBoundaries boundaries) {
        return new MetaService(current, cache, new DuckDbSnapshotOverview(scans), boundaries);
    }
}
