package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Issues and looks up one-time links; the caller's transaction covers both the token and the account change. */
@Component
class OneTimeLinks {

    private final AccountTokenRepository tokens;
    private final IdentityProperties properties;
    private final String baseUrl;

    OneTimeLinks(AccountTokenRepository tokens, IdentityProperties properties,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.properties = properties;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new link for the account; every older link of the same purpose stops working. */
    AccountToken.Issued issue(AccountId account, TokenPurpose purpose, Instant now) {
        tokens.deleteAllFor(account.value(), purpose);
        AccountToken.Issued issued = AccountToken.issue(account, purpose, now, properties.validityOf(purpose));
        tokens.save(issued.stored());
        return issued;
    }

    /** The absolute address the e-mail links to. */
    String linkFor(AccountToken.Issued issued) {
        String path = issued.stored().purpose() == TokenPurpose.INVITATION ? "/invitation/" : "/password/reset/";
        return baseUrl + path + issued.token();
    }

    /** The stored token for what a link carries, if it exists and is for this purpose. */
    java.util.Optional<AccountToken> find(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return tokens.findByHash(AccountToken.hash(token)).filter(found -> found.purpose() == purpose);
    }

    java.util.Optional<Instant> latestIssuedAt(AccountId account, TokenPurpose purpose) {
        return tokens.latestIssuedAt(account.value(), purpose);
    }
}
