package io.crimelake.lakeformat.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that writing lake files needs no Hadoop jar at all, so ingest stays small; reading needs only the
 * classes of {@code hadoop-client-api} (see {@link LakeParquetReader}), never {@code hadoop-client-runtime},
 * which this test class path does not have either.
 */
class NoHadoopAtRunTimeTest {
    @TempDir
    Path folder;

    @Test
    void writesEveryCodecWithoutHadoopOnTheClassPath() throws Exception {
        try (var loader = new URLClassLoader(classPathWithoutHadoop(), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("org.apache.hadoop.conf.Configuration"))
                    .isInstanceOf(ClassNotFoundException.class);

            loader.loadClass(HadoopFreeWrite.class.getName())
                    .getMethod("run", Path.class)
                    .invoke(null, folder);
        }

        for (ParquetCompression compression : ParquetCompression.values()) {
            assertThat(LakeParquetRoundTripTest.readAll(folder.resolve(compression + ".parquet")))
                    .containsExactlyElementsOf(LakeParquetRoundTripTest.crimes(100));
        }
    }

    private static URL[] classPathWithoutHadoop() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("hadoop-client"))
                .map(NoHadoopAtRunTimeTest::url)
                .toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
