package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OfferId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A command does not apply to the offer in its current status (or not for this actor), e.g. approving a draft or a
 * provider publishing. Answers 409 with the message {@link #messageKey()} of the directory bundle; its arguments are
 * the command's and the status' message keys.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class OfferTransitionNotAllowed extends RuntimeException {

    private final OfferId offer;
    private final String command;
    private final OfferStatus status;

    public OfferTransitionNotAllowed(OfferId offer, String command, OfferStatus status, String reason) {
        super("Offer " + offer + ": cannot " + command + " in status " + status + " (" + reason + ")");
        this.offer = offer;
        this.command = command;
        this.status = status;
    }

    public OfferId offer() {
        return offer;
    }

    /** The command, e.g. {@code approve}; its label is {@code directory.offer.action.<command>}. */
    public String command() {
        return command;
    }

    public OfferStatus status() {
        return status;
    }

    public String messageKey() {
        return "directory.offer.transition.not-allowed";
    }
}
