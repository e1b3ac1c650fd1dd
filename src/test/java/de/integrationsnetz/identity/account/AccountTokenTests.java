package de.integrationsnetz.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.identity.AccountId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTests {

    static final Instant ISSUED = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void storesOnlyTheSha256HashOfA32ByteRandomToken() {
        AccountToken.Issued issued = AccountToken.issue(AccountId.random(), TokenPurpose.INVITATION, ISSUED,
                Duration.ofDays(7));

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}"); // 32 bytes, URL-safe Base64 without padding
        assertThat(issued.stored().tokenHash()).matches("[0-9a-f]{64}").isNotEqualTo(issued.token())
                .isEqualTo(AccountToken.hash(issued.token()));
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void everyTokenIsDifferent() {
        AccountId account = AccountId.random();
        assertThat(AccountToken.issue(account, TokenPurpose.PASSWORD_RESET, ISSUED, Duration.ofHours(1)).token())
                .isNotEqualTo(AccountToken.issue(account, TokenPurpose.PASSWORD_RESET, ISSUED, Duration.ofHours(1))
                        .token());
    }

    @Test
    void anInvitationWorksForSevenDaysAndNotASecondLonger() {
        AccountToken token = AccountToken.issue(AccountId.random(), TokenPurpose.INVITATION, ISSUED,
                Duration.ofDays(7)).stored();

        assertThat(token.usabilityAt(ISSUED.plus(Duration.ofDays(7)).minusSeconds(1)))
                .isEqualTo(AccountToken.Usability.USABLE);
        assertThat(token.usabilityAt(ISSUED.plus(Duration.ofDays(7)))).isEqualTo(AccountToken.Usability.EXPIRED);
    }

    @Test
    void anExpiredTokenCannotBeUsed() {
        AccountToken token = AccountToken.issue(AccountId.random(), TokenPurpose.PASSWORD_RESET, ISSUED,
                Duration.ofHours(1)).stored();

        assertThatThrownBy(() -> token.use(ISSUED.plus(Duration.ofMinutes(61))))
                .isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountToken.Usability.EXPIRED));
        assertThat(token.usedAt()).isNull();
    }

    @Test
    void worksOnlyOnce() {
        AccountToken token = AccountToken.issue(AccountId.random(), TokenPurpose.PASSWORD_RESET, ISSUED,
                Duration.ofHours(1)).stored();

        token.use(ISSUED.plusSeconds(60));

        assertThat(token.usedAt()).isEqualTo(ISSUED.plusSeconds(60));
        assertThat(token.usabilityAt(ISSUED.plusSeconds(61))).isEqualTo(AccountToken.Usability.USED);
        assertThatThrownBy(() -> token.use(ISSUED.plusSeconds(61)))
                .isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountToken.Usability.USED));
    }
}
