package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.RunRequest;
import java.util.List;

/** Outgoing port to ingest-service's runs; every method throws {@code AdminCallException} when a call fails. */
public interface IngestRuns {

    /** Starts a run in the background and returns it as ingest accepted it. */
    IngestRun start(AdminToken token, RunRequest request);

    /** Every run, newest first. */
    List<IngestRun> runs();

    /**
     * Makes one authenticated call that changes nothing.
     *
     * @throws io.crimelake.ui.domain.admin.AdminTokenRejectedException when the gateway or ingest refuses the token
     */
    void checkToken(AdminToken token);
}
