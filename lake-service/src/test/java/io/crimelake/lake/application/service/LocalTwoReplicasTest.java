package io.crimelake.lake.application.service;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;

/** Two replicas sharing a lake folder (a shared volume). */
class LocalTwoReplicasTest extends AbstractTwoReplicasTest {
    @Override
    ObjectStore openSharedLake(Path folder) throws Exception {
        return ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none());
    }
}
