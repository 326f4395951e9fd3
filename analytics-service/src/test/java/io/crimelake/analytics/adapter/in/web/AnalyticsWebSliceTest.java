package io.crimelake.analytics.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.crimelake.analytics.application.port.in.CrimeStatisticsQuery;
import io.crimelake.analytics.application.port.in.ExportIncidentsUseCase;
import io.crimelake.analytics.application.port.in.IncidentQuery;
import io.crimelake.analytics.application.port.in.MetaQuery;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.QueryUnavailableException;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web edge alone: parameter parsing, the JSON shape and the mapping of failures to problem details. */
@WebMvcTest(controllers = {StatisticsController.class, IncidentController.class, ExportController.class})
class AnalyticsWebSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CrimeStatisticsQuery statistics;

    @MockitoBean
    IncidentQuery incidents;

    @MockitoBean
    MetaQuery meta;

    @MockitoBean
    ExportIncidentsUseCase exports;

    @Test
    void passesTheNormalisedFilterAndAnswersWithTheSnapshotId() throws Exception {
        QueryFilter filter = new QueryFilter(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31),
                List.of("THEFT"),
                List.of(3, 9),
                List.of(),
                true,
                null,
                22,
                3);
        given(statistics.timeseries(filter, Grain.WEEK))
                .willReturn(new Snapshotted<>("snap-7", List.of(new TimeBucket(LocalDate.of(2024, 1, 1), 12))));

        mvc.perform(get("/api/analytics/timeseries?grain=WEEK&from=2024-01-01&to=2024-01-31&type=theft"
                        + "&district=9&district=3&district=9&arrest=true&hourFrom=22&hourTo=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.snapshotId").value("snap-7"))
                .andExpect(jsonPath("$.data[0].start").value("2024-01-01"))
                .andExpect(jsonPath("$.data[0].count").value(12));
    }

    @Test
    void rejectsANonNumericDistrictWith400NamingIt() throws Exception {
        mvc.perform(get("/api/analytics/heatmap?district=9;DROP"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.parameter").value("district"))
                .andExpect(jsonPath("$.status").value(400));
        verifyNoInteractions(statistics);
    }

    @Test
    void rejectsAnUnknownParameterWith400NamingIt() throws Exception {
        mvc.perform(get("/api/analytics/arrest-rate?limit=5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void rejectsAnUnknownGrainAndFromAfterTo() throws Exception {
        mvc.perform(get("/api/analytics/timeseries?grain=hour"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("grain"));
        mvc.perform(get("/api/analytics/community-areas?from=2024-02-02&to=2024-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void answersATimedOutQueryWith503AndRetryAfter() throws Exception {
        given(statistics.heatmap(any())).willThrow(QueryUnavailableException.timedOut(10_000));

        mvc.perform(get("/api/analytics/heatmap"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.title").value("Query unavailable"));
    }

    @Test
    void hidesUnexpectedFailuresBehindAGeneric500Problem() throws Exception {
        given(statistics.topTypes(any(), eq(15))).willThrow(new IllegalStateException("secret path /srv/lake"));

        mvc.perform(get("/api/analytics/top-types"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("The query failed on the server; see its log."));
    }
}
