package io.crimelake.lakeformat.parquet;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.io.LocalOutputFile;

/** Writes crimes with every codec; {@link NoHadoopAtRunTimeTest} runs it in a class loader without Hadoop. */
public final class HadoopFreeWrite {
    private HadoopFreeWrite() {}

    public static void run(Path folder) throws IOException {
        for (ParquetCompression compression : ParquetCompression.values()) {
            Path file = folder.resolve(compression + ".parquet");
            try (var writer =
                    LakeParquetWriter.create(CrimesDataset.definition(), new LocalOutputFile(file), compression)) {
                for (CrimeRecord crime : LakeParquetRoundTripTest.crimes(100)) {
                    writer.write(crime);
                }
            }
        }
    }
}
