package io.crimelake.lakeformat.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DirectCodecFactoryTest {
    private static final byte[] PAGE =
            "BATTERY,BATTERY,THEFT,BATTERY,NARCOTICS,THEFT,".repeat(200).getBytes(StandardCharsets.UTF_8);
    private final DirectCodecFactory factory = new DirectCodecFactory();

    @ParameterizedTest
    @EnumSource(ParquetCompression.class)
    void decompressesWhatItCompressedThroughBothDecompressPaths(ParquetCompression compression) throws IOException {
        CompressionCodecName codec = compression.codecName();
        byte[] compressed =
                factory.getCompressor(codec).compress(BytesInput.from(PAGE)).toByteArray();

        byte[] viaBytes = factory.getDecompressor(codec)
                .decompress(BytesInput.from(compressed), PAGE.length)
                .toByteArray();
        ByteBuffer input = ByteBuffer.allocate(compressed.length + 8)
                .put(compressed)
                .put(new byte[8])
                .flip();
        ByteBuffer output = ByteBuffer.allocate(PAGE.length);
        factory.getDecompressor(codec).decompress(input, compressed.length, output, PAGE.length);

        assertThat(viaBytes).isEqualTo(PAGE);
        assertThat(output.array()).isEqualTo(PAGE);
        if (compression != ParquetCompression.UNCOMPRESSED) {
            assertThat(compressed.length).isLessThan(PAGE.length / 10);
        }
    }

    @Test
    void refusesCodecsThatWouldNeedHadoop() {
        assertThatThrownBy(() -> factory.getCompressor(CompressionCodecName.GZIP))
                .hasMessageContaining("UNCOMPRESSED, SNAPPY or ZSTD");
    }
}
