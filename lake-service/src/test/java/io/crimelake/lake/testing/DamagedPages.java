package io.crimelake.lake.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;

/** Damages one column's first data page of a Parquet file in place, leaving its footer intact. */
public final class DamagedPages {
    private static final byte[] ZSTD_FRAME_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

    /** Where the damage goes: DuckDB names the file when it cannot inflate a page, not when it cannot parse one. */
    public enum Damage {
        COMPRESSED_DATA,
        PAGE_HEADER
    }

    private DamagedPages() {}

    public static void damage(Path file, String column, Damage damage) throws IOException {
        ColumnChunkMetaData chunk = chunk(file, column);
        if (chunk.getCodec() != CompressionCodecName.ZSTD) {
            throw new IllegalStateException("expected a ZSTD column chunk, found " + chunk.getCodec());
        }
        byte[] bytes = Files.readAllBytes(file);
        int page = Math.toIntExact(chunk.getFirstDataPageOffset());
        int at = damage == Damage.PAGE_HEADER ? page + 1 : frameStart(bytes, page, chunk);
        for (int index = at; index < at + 8; index++) {
            bytes[index] ^= 0x5A;
        }
        Files.write(file, bytes);
    }

    private static ColumnChunkMetaData chunk(Path file, String column) throws IOException {
        var options =
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try (var reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            return reader.getFooter().getBlocks().getFirst().getColumns().stream()
                    .filter(chunk -> chunk.getPath().toDotString().equals(column))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no column " + column + " in " + file));
        }
    }

    // The page's compressed body starts with a ZSTD frame right after its variable-length header.
    private static int frameStart(byte[] bytes, int page, ColumnChunkMetaData chunk) {
        long end = chunk.getStartingPos() + chunk.getTotalSize();
        for (int index = page; index + ZSTD_FRAME_MAGIC.length <= end; index++) {
            if (bytes[index] == ZSTD_FRAME_MAGIC[0]
                    && bytes[index + 1] == ZSTD_FRAME_MAGIC[1]
                    && bytes[index + 2] == ZSTD_FRAME_MAGIC[2]
                    && bytes[index + 3] == ZSTD_FRAME_MAGIC[3]) {
                return index;
            }
        }
        throw new IllegalStateException("no ZSTD frame in the first data page of " + chunk.getPath());
    }
}
