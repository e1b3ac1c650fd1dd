package de.integrationsnetz.directory.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The requested directory entry does not exist, or it belongs to a district the user does not work in: both answer
 * 404, so that ids of other districts reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotInScope extends RuntimeException {

    public NotInScope(Object id) {
        super("Not found in your districts: " + id);
    }
}
