package io.crimelake.lakeformat.parquet;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Compresses Parquet pages by calling zstd-jni and snappy-java directly, because parquet's own codec
 * factory needs Hadoop classes at run time even for uncompressed files.
 */
final class DirectCodecFactory implements CompressionCodecFactory {
    private static final int ZSTD_LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        return new Codec(codecName);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        return new Codec(codecName);
    }

    @Override
    public void release() {
        // Codecs hold no native buffers between calls; nothing to free.
    }

    private record Codec(CompressionCodecName codecName) implements BytesInputCompressor, BytesInputDecompressor {
        Codec {
            switch (codecName) {
                case UNCOMPRESSED, SNAPPY, ZSTD -> {}
                default ->
                    throw new IllegalArgumentException(
                            "codec " + codecName + " is not supported; lake files use UNCOMPRESSED, SNAPPY or ZSTD");
            }
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return switch (codecName) {
                case SNAPPY -> BytesInput.from(Snappy.compress(bytes.toByteArray()));
                case ZSTD -> BytesInput.from(Zstd.compress(bytes.toByteArray(), ZSTD_LEVEL));
                default -> bytes;
            };
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return switch (codecName) {
                case SNAPPY -> BytesInput.from(Snappy.uncompress(bytes.toByteArray()));
                case ZSTD -> BytesInput.from(Zstd.decompress(bytes.toByteArray(), uncompressedSize));
                default -> bytes;
            };
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            ByteBuffer compressed = input.slice(input.position(), compressedSize);
            output.put(decompress(BytesInput.from(compressed), uncompressedSize).toByteBuffer());
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codecName;
        }

        @Override
        public void release() {
            // Stateless: every call allocates its own arrays.
        }
    }
}
