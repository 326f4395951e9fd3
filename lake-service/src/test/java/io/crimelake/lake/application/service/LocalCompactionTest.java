package io.crimelake.lake.application.service;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;

/** The compaction contract on a local folder lake. */
class LocalCompactionTest extends AbstractCompactionContractTest {
    @Override
    ObjectStore createStore(Path folder) throws Exception {
        return ObjectStores.open("file:" + folder, S3Settings.none());
    }
}
