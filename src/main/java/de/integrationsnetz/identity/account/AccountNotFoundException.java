package de.integrationsnetz.identity.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such account, or one the user may not see (another district's): both answer 404, so that ids of other
 * districts' accounts cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException() {
        super("No such account in the administrator's district");
    }
}
