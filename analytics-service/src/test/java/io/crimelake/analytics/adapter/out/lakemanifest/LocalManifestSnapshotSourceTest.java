package io.crimelake.analytics.adapter.out.lakemanifest;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The manifest source on a local lake folder, where served files are hard links. */
class LocalManifestSnapshotSourceTest extends AbstractManifestSnapshotSourceTest {
    @TempDir
    Path lake;

    private ObjectStore store;

    @Override
    ObjectStore store() throws Exception {
        if (store == null) {
            store = ObjectStores.open("file:" + lake, S3Settings.none());
        }
        return store;
    }

    @Override
    Path localRoot() {
        return lake;
    }

    @AfterEach
    void close() throws Exception {
        store().close();
    }
}
