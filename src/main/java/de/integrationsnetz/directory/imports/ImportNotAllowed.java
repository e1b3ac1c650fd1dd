package de.integrationsnetz.directory.imports;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step the job's status does not allow (e.g. committing an invalid job); answered with 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ImportNotAllowed extends RuntimeException {

    public ImportNotAllowed(UUID job, String step, ImportStatus status) {
        super("Import job " + job + ": " + step + " is not possible in status " + status);
    }
}
