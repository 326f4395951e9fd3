package io.crimelake.ingest.adapter.in.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.crimelake.ingest.application.port.in.HandOffBatchUseCase;
import io.crimelake.ingest.application.port.in.IngestRunQuery;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.domain.Handoff;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.ingest.domain.RunMode;
import io.crimelake.ingest.domain.RunPlan;
import io.crimelake.ingest.domain.RunProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(IngestRunController.class)
@Import(IngestRunControllerTest.Beans.class)
class IngestRunControllerTest {
    private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
    private static final String TOKEN = "s3cret-token";
    private static final Path IMPORTS = importFolder();

    @TestConfiguration
    static class Beans {
        @Bean
        WebSettings webSettings() {
            return new WebSettings(TOKEN, IMPORTS);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TriggerRunUseCase trigger;

    @MockitoBean
    IngestRunQuery query;

    @MockitoBean
    HandOffBatchUseCase handoffs;

    @Test
    void startsABackfillAndAnswers202WithTheRunId() throws Exception {
        when(trigger.trigger(StartRunCommand.parse("backfill", "2024-01", "2024-03", null, 5000)))
                .thenReturn(run());

        mvc.perform(authorized(post("/api/ingest/runs"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"backfill\",\"start\":\"2024-01\",\"end\":\"2024-03\",\"pageSize\":5000}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/ingest/runs/run-1"))
                .andExpect(jsonPath("$.id").value("run-1"))
                .andExpect(jsonPath("$.status").value("RUNNING"));
    }

    @Test
    void rejectsAStartWithoutATokenWith401() throws Exception {
        mvc.perform(post("/api/ingest/runs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value(401));
        verify(trigger, never()).trigger(any());
    }

    @Test
    void rejectsAStartWithTheWrongTokenWith403() throws Exception {
        mvc.perform(post("/api/ingest/runs").header("Authorization", "Bearer s3cret-tokeN"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"));
    }

    @Test
    void rejectsBadInputWith400NamingTheField() throws Exception {
        expectBadField("{\"mode\":\"sideways\"}", "mode");
        expectBadField("{\"mode\":\"backfill\",\"start\":\"2024-05\",\"end\":\"2024-04\"}", "end");
        expectBadField("{\"mode\":\"backfill\",\"start\":\"2024-5\",\"end\":\"2024-06\"}", "start");
        expectBadField("{\"pageSize\":50001}", "pageSize");
        expectBadField("{\"limit\":\"many\"}", "limit");
        expectBadField("{\"mode\":\"csv\"}", "fromCsv");
        expectBadField("{\"mode\":\"backfill\",\"fromCsv\":\"crimes.csv\"}", "mode");
        expectBadField("{\"fromCsv\":\"crimes.csv\",\"start\":\"2024-01\"}", "start");
    }

    @Test
    void startsACsvBootstrapOfAFileInTheImportFolder() throws Exception {
        String file = IMPORTS.resolve("crimes.csv").toRealPath().toString();
        when(trigger.trigger(StartRunCommand.fromExport(file, null, 5000))).thenReturn(run());

        mvc.perform(authorized(post("/api/ingest/runs"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"csv\",\"fromCsv\":\"crimes.csv\",\"pageSize\":5000}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("run-1"));
    }

    @Test
    void startsACsvBootstrapOfAnHttpsExport() throws Exception {
        String url = "https://data.cityofchicago.org/api/views/ijzp-q8t2/rows.csv?accessType=DOWNLOAD";
        when(trigger.trigger(StartRunCommand.fromExport(url, null, null))).thenReturn(run());

        mvc.perform(authorized(post("/api/ingest/runs"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCsv\":\"" + url + "\"}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void refusesCsvExportsOutsideTheImportFolderWith400SayingWhereFilesGo() throws Exception {
        for (String location : List.of("../outside.csv", "/etc/passwd", "file:///etc/passwd", "ftp://host/x.csv")) {
            mvc.perform(authorized(post("/api/ingest/runs"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mode\":\"csv\",\"fromCsv\":\"" + location + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("fromCsv"))
                    .andExpect(jsonPath("$.detail").value(containsString(IMPORTS.toString())));
        }
        verify(trigger, never()).trigger(any());
    }

    @Test
    void answers409WithTheRunningRunId() throws Exception {
        when(trigger.trigger(any())).thenThrow(new RunConflictException("ijzp-q8t2", "run-0"));

        mvc.perform(authorized(post("/api/ingest/runs")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.runningRunId").value("run-0"));
    }

    @Test
    void showsLiveProgressWithRateAndTimeLeft() throws Exception {
        when(query.run("run-1")).thenReturn(Optional.of(run()));

        mvc.perform(get("/api/ingest/runs/run-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pages").value(1))
                .andExpect(jsonPath("$.rowsFetched").value(1000))
                .andExpect(jsonPath("$.totalRows").value(3000))
                .andExpect(jsonPath("$.rowsPerSecond").value(100))
                .andExpect(jsonPath("$.etaSeconds").value(20))
                .andExpect(jsonPath("$.failures").value(0))
                .andExpect(jsonPath("$.windows[0]").value("date in [2024-01-01T00:00, 2024-02-01T00:00)"));
    }

    @Test
    void answers404ForAnUnknownRun() throws Exception {
        when(query.run("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/ingest/runs/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no run with id nope"));
    }

    @Test
    void listsRunsAndShowsTheState() throws Exception {
        when(query.runs()).thenReturn(List.of(run()));
        when(query.state()).thenReturn(IngestState.initial("ijzp-q8t2", 14));

        mvc.perform(get("/api/ingest/runs")).andExpect(jsonPath("$[0].id").value("run-1"));
        mvc.perform(get("/api/ingest/state"))
                .andExpect(jsonPath("$.datasetId").value("ijzp-q8t2"))
                .andExpect(jsonPath("$.backfillDays").value(14));
    }

    @Test
    void handsOffACompletedRunsBatchOnRequest() throws Exception {
        IngestRun completed = run().completed(T0.plusSeconds(5));
        when(query.run("run-1")).thenReturn(Optional.of(completed));
        when(handoffs.handOff("run-1"))
                .thenReturn(completed.handedOff(new Handoff(T0.plusSeconds(6), 7L, 900, 100, 0)));

        mvc.perform(authorized(post("/api/ingest/runs/run-1/handoff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handoff.snapshotId").value(7))
                .andExpect(jsonPath("$.handoff.rowsInserted").value(900));
    }

    @Test
    void answers502WhenLakeServiceCannotTakeTheBatch() throws Exception {
        when(query.run("run-1")).thenReturn(Optional.of(run().completed(T0.plusSeconds(5))));
        when(handoffs.handOff("run-1"))
                .thenThrow(new LakeUnavailableException("lake-service could not be reached", null));

        mvc.perform(authorized(post("/api/ingest/runs/run-1/handoff")))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value("lake-service could not be reached"));
    }

    private void expectBadField(String body, String field) throws Exception {
        mvc.perform(authorized(post("/api/ingest/runs"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private static Path importFolder() {
        try {
            Path folder = Files.createTempDirectory("csv-import");
            Files.writeString(folder.resolve("crimes.csv"), "ID\n1\n");
            folder.toFile().deleteOnExit();
            folder.resolve("crimes.csv").toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IngestRun run() {
        var plan = new RunPlan(RunMode.BACKFILL, List.of(QueryWindow.month(YearMonth.of(2024, 1))), null, null, 1000);
        return IngestRun.pending("run-1", "ijzp-q8t2", plan, T0)
                .running(T0, 3000L)
                .withProgress(RunProgress.start().afterPage(new PageSummary(1000, 1000, 0, 1000L, null, null)));
    }
}
