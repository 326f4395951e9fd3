package io.crimelake.ingest.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportFolderTest {
    @TempDir
    Path root;

    private Path imports;
    private CsvImportFolder folder;

    @BeforeEach
    void createFolders() throws IOException {
        imports = Files.createDirectories(root.resolve("import"));
        Files.writeString(imports.resolve("crimes.csv"), "ID\n1\n");
        Files.writeString(root.resolve("secret.csv"), "ID\n2\n");
        folder = new CsvImportFolder(imports);
    }

    @Test
    void acceptsAFileNamedRelativeToTheImportFolder() throws IOException {
        assertThat(folder.admit(" crimes.csv "))
                .isEqualTo(imports.resolve("crimes.csv").toRealPath().toString());
    }

    @Test
    void acceptsAnAbsolutePathInsideTheImportFolder() throws IOException {
        String absolute = imports.resolve("sub/../crimes.csv").toString();

        assertThat(folder.admit(absolute))
                .isEqualTo(imports.resolve("crimes.csv").toRealPath().toString());
    }

    @Test
    void acceptsHttpAndHttpsUrlsWithTheSchemeInLowerCase() {
        assertThat(folder.admit("https://data.cityofchicago.org/api/views/ijzp-q8t2/rows.csv?accessType=DOWNLOAD"))
                .isEqualTo("https://data.cityofchicago.org/api/views/ijzp-q8t2/rows.csv?accessType=DOWNLOAD");
        assertThat(folder.admit("HTTP://simulator:9100/rows.csv")).isEqualTo("http://simulator:9100/rows.csv");
    }

    @Test
    void refusesPathTraversalOutOfTheImportFolder() {
        expectRefusal("../secret.csv", "outside the import folder; place files in " + imports.toAbsolutePath());
        expectRefusal("sub/../../secret.csv", "outside the import folder");
    }

    @Test
    void refusesAnAbsolutePathOutsideTheImportFolder() {
        expectRefusal(root.resolve("secret.csv").toString(), "outside the import folder");
        expectRefusal("/etc/passwd", "outside the import folder");
    }

    @Test
    void refusesASymlinkInsideThatPointsOutside() throws IOException {
        Files.createSymbolicLink(imports.resolve("link.csv"), root.resolve("secret.csv"));

        expectRefusal("link.csv", "outside the import folder");
    }

    @Test
    void refusesOtherUrlSchemes() {
        expectRefusal("file:///etc/passwd", "only http and https URLs are read over HTTP, not file:");
        expectRefusal("ftp://example.org/crimes.csv", "not ftp:");
        expectRefusal("https:crimes.csv", "names no host");
    }

    @Test
    void refusesAMissingFileOrNothingSayingWhereFilesGo() {
        expectRefusal("missing.csv", "no file 'missing.csv' in " + imports.toAbsolutePath());
        expectRefusal(" ", "a csv run needs an http(s) URL or the name of a file in " + imports.toAbsolutePath());
        expectRefusal(null, "a csv run needs");
    }

    private void expectRefusal(String location, String message) {
        assertThatThrownBy(() -> folder.admit(location))
                .isInstanceOfSatisfying(
                        InvalidRunRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("fromCsv"))
                .hasMessageContaining(message);
    }
}
