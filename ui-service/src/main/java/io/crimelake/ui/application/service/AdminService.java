package io.crimelake.ui.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ui.application.port.in.IngestRunQuery;
import io.crimelake.ui.application.port.in.LakeOverviewQuery;
import io.crimelake.ui.application.port.in.StartRunUseCase;
import io.crimelake.ui.application.port.in.VerifyAdminTokenUseCase;
import io.crimelake.ui.application.port.out.IngestRuns;
import io.crimelake.ui.application.port.out.LakeCatalog;
import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeOverview;
import io.crimelake.ui.domain.admin.RunRequest;
import java.util.List;

/** The admin console's use cases over ingest's runs and the lake's catalog. */
public final class AdminService implements StartRunUseCase, VerifyAdminTokenUseCase, IngestRunQuery, LakeOverviewQuery {
    /** Enough history to see the last week of daily runs and compactions at a glance. */
    static final int RECENT_SNAPSHOTS = 10;

    private final IngestRuns ingest;
    private final LakeCatalog lake;

    public AdminService(IngestRuns ingest, LakeCatalog lake) {
        this.ingest = requireNonNull(ingest, "ingest is null");
        this.lake = requireNonNull(lake, "lake is null");
    }

    @Override
    public IngestRun start(AdminToken token, RunRequest request) {
        return ingest.start(requireNonNull(token, "token is null"), requireNonNull(request, "request is null"));
    }

    @Override
    public void verify(AdminToken token) {
        ingest.checkToken(requireNonNull(token, "token is null"));
    }

    @Override
    public List<IngestRun> runs() {
        return ingest.runs();
    }

    @Override
    public LakeOverview overview() {
        return lake.overview(RECENT_SNAPSHOTS);
    }
}
