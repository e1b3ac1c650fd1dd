package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.shared.AuditRedacted;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The server side of a one-time confirmation link (docs/directory.md §6.4), as identity's account tokens: 32 random
 * bytes, URL-safe Base64 in the e-mail, only the SHA-256 hex stored. A newer link for the same offer supersedes the
 * older unused ones; {@code @Version} lets only one of two simultaneous uses through.
 */
@Entity
@Table(name = "confirmation_tokens", schema = "directory")
public class ConfirmationToken implements DistrictScoped {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** Longer input cannot be a token: not even hashed. */
    static final int MAX_TOKEN_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5, updatable = false)
    private String districtKey;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private UUID offerId;

    @AuditRedacted
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "superseded_at")
    private @Nullable Instant supersededAt;

    @Version
    private long version;

    protected ConfirmationToken() {}

    private ConfirmationToken(OfferId offer, DistrictKey district, String tokenHash, Instant now, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A confirmation link must be valid for some time");
        }
        this.id = UUID.randomUUID();
        this.districtKey = district.value();
        this.offerId = offer.value();
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** A new link for the offer; only {@link Issued#token()} redeems it. The caller supersedes older ones. */
    public static Issued issue(OfferId offer, DistrictKey district, Instant now, Duration validity) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(token, new ConfirmationToken(offer, district, hash(token), now, validity));
    }

    /** Hex SHA-256 of a token as it appears in a link. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the link works at this instant, and if not, why not. */
    public Usability usabilityAt(Instant now) {
        if (usedAt != null) {
            return Usability.USED;
        }
        if (supersededAt != null) {
            return Usability.SUPERSEDED;
        }
        return now.isBefore(expiresAt) ? Usability.USABLE : Usability.EXPIRED;
    }

    /** Uses the link up. */
    public void use(Instant now) {
        Usability usability = usabilityAt(now);
        if (usability != Usability.USABLE) {
            throw new IllegalStateException("Confirmation link not usable: " + usability);
        }
        this.usedAt = now;
    }

    /** A newer link for the same offer replaces this one (if it was not used). */
    public void supersede(Instant now) {
        if (usedAt == null && supersededAt == null) {
            this.supersededAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public OfferId offer() {
        return OfferId.of(offerId);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant usedAt() {
        return usedAt;
    }

    public @Nullable Instant supersededAt() {
        return supersededAt;
    }

    @Override
    public String toString() {
        return "ConfirmationToken[" + id + " for offer " + offerId + "]";
    }

    /** Why a link can or cannot be used; {@code UNKNOWN}: no such link. */
    public enum Usability { USABLE, USED, EXPIRED, SUPERSEDED, UNKNOWN }

    /** @param token the secret for the link; never stored */
    public record Issued(String token, ConfirmationToken stored) {

        @Override
        public String toString() {
            return "Issued[" + stored + "]";
        }
    }
}
