package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.offer.Offer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Issues and finds one-time confirmation links; the caller's transaction covers the token and its use. */
@Component
class ConfirmationLinks {

    private final ConfirmationTokenRepository tokens;
    private final String baseUrl;

    ConfirmationLinks(ConfirmationTokenRepository tokens, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new link for the offer; every older unused link of the offer stops working (superseded). */
    ConfirmationToken.Issued issue(Offer offer, Instant now, Duration validity) {
        tokens.findOpen(offer.id().value()).forEach(open -> open.supersede(now));
        ConfirmationToken.Issued issued = ConfirmationToken.issue(offer.id(), offer.district(), now, validity);
        tokens.save(issued.stored());
        return issued;
    }

    String urlOf(ConfirmationToken.Issued issued) {
        return baseUrl + "/confirm/" + issued.token();
    }

    /** The stored link for what a URL carries, if there is one. */
    Optional<ConfirmationToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > ConfirmationToken.MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return tokens.findByHash(ConfirmationToken.hash(token));
    }
}
