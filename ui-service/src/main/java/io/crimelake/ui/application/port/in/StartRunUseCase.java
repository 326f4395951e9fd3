package io.crimelake.ui.application.port.in;

import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.RunRequest;

/** Starts ingest runs for an operator who proved the admin token. */
public interface StartRunUseCase {

    /**
     * @throws io.crimelake.ui.domain.admin.AdminCallException with the service's reason when the run is refused
     */
    IngestRun start(AdminToken token, RunRequest request);
}
