package de.integrationsnetz.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    static final DistrictKey SOE = DistrictKey.of("14628");
    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    static Account coordinator(String email) {
        return new Account(email, "Kim Beispiel", List.of(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN)),
                Locale.GERMAN, false);
    }

    @Nested
    class Creation {

        @Test
        void normalisesTheEmailAddressAndTrimsTheName() {
            Account account = new Account("  Kim.Beispiel@Example.ORG ", "  Kim Beispiel ",
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN)), Locale.forLanguageTag("uk"), false);

            assertThat(account.email()).isEqualTo("kim.beispiel@example.org");
            assertThat(account.emailLocalPart()).isEqualTo("kim.beispiel");
            assertThat(account.displayName()).isEqualTo("Kim Beispiel");
            assertThat(account.preferredLanguage().getLanguage()).isEqualTo("uk");
        }

        @Test
        void startsInvitedWithoutPassword() {
            Account account = coordinator("kim@example.org");

            assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
            assertThat(account.hasPassword()).isFalse();
            assertThat(account.isEnabled()).isTrue();
        }

        @Test
        void rejectsSomethingThatIsNoEmailAddress() {
            assertThatIllegalArgumentException().isThrownBy(() -> coordinator("kim.example.org"));
            assertThatIllegalArgumentException().isThrownBy(() -> coordinator("kim@localhost"));
            assertThatIllegalArgumentException().isThrownBy(() -> coordinator("kim@@example.org"));
        }

        @Test
        void rejectsABlankName() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Account("kim@example.org", "  ",
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN)), Locale.GERMAN, false));
        }

        @Test
        void needsAtLeastOneRole() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Account("kim@example.org", "Kim", List.of(), Locale.GERMAN, false));
        }

        @Test
        void rejectsTheSameRoleTwiceInOneDistrict() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Account("kim@example.org", "Kim",
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN),
                            RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN)),
                    Locale.GERMAN, false));
        }
    }

    @Nested
    class LifeCycle {

        @Test
        void becomesActiveWithAPasswordAndCanBeDeactivatedAndReactivated() {
            Account account = coordinator("kim@example.org");

            account.changePassword("{bcrypt}hash");
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);

            account.deactivate();
            assertThat(account.status()).isEqualTo(AccountStatus.DEACTIVATED);
            assertThat(account.toCurrentUser(NOON).isEnabled()).isFalse();

            account.reactivate();
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        }

        @Test
        void aDeactivatedInvitedAccountIsDeactivated() {
            Account account = coordinator("kim@example.org");
            account.deactivate();

            assertThat(account.status()).isEqualTo(AccountStatus.DEACTIVATED);
        }
    }

    @Nested
    class LoginThrottling {

        @Test
        void locksTheAccountAtTheFifthFailureUntilTheLockEnds() {
            Account account = coordinator("kim@example.org");
            for (int failure = 1; failure <= 4; failure++) {
                account.recordFailedLogin(NOON, 5, Duration.ofMinutes(15));
                assertThat(account.isLockedAt(NOON)).as("after %d failures", failure).isFalse();
            }

            account.recordFailedLogin(NOON, 5, Duration.ofMinutes(15));

            assertThat(account.isLockedAt(NOON)).isTrue();
            assertThat(account.toCurrentUser(NOON).isAccountNonLocked()).isFalse();
            assertThat(account.isLockedAt(NOON.plus(Duration.ofMinutes(14)))).isTrue();
            assertThat(account.isLockedAt(NOON.plus(Duration.ofMinutes(15)))).isFalse();
        }

        @Test
        void aSuccessfulLoginResetsTheCount() {
            Account account = coordinator("kim@example.org");
            for (int failure = 1; failure <= 4; failure++) {
                account.recordFailedLogin(NOON, 5, Duration.ofMinutes(15));
            }

            account.recordSuccessfulLogin();
            account.recordFailedLogin(NOON, 5, Duration.ofMinutes(15));

            assertThat(account.failedLogins()).isEqualTo(1);
            assertThat(account.isLockedAt(NOON)).isFalse();
        }

        @Test
        void aNewPasswordEndsTheLock() {
            Account account = coordinator("kim@example.org");
            for (int failure = 1; failure <= 5; failure++) {
                account.recordFailedLogin(NOON, 5, Duration.ofMinutes(15));
            }

            account.changePassword("{bcrypt}new");

            assertThat(account.isLockedAt(NOON)).isFalse();
            assertThat(account.failedLogins()).isZero();
        }
    }

    @Nested
    class Roles {

        @Test
        void replacingTheRolesOfOneDistrictKeepsThoseOfAnother() {
            Account account = new Account("kim@example.org", "Kim",
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN),
                            RoleGrant.inDistrict(Role.INTERPRETER, SOE)),
                    Locale.GERMAN, false);

            account.replaceGrantsIn(MITTELSACHSEN, List.of(RoleGrant.inDistrict(Role.COUNTY_ADMIN, MITTELSACHSEN),
                    new RoleGrant(Role.MUNICIPALITY, MITTELSACHSEN, MunicipalityKey.of("14522180"), null)));

            assertThat(account.grantsIn(MITTELSACHSEN)).extracting(RoleGrant::role)
                    .containsExactlyInAnyOrder(Role.COUNTY_ADMIN, Role.MUNICIPALITY);
            assertThat(account.grantsIn(SOE)).extracting(RoleGrant::role).containsExactly(Role.INTERPRETER);
            assertThat(account.hasRoleIn(SOE, Role.COORDINATOR)).isFalse();
        }

        @Test
        void rolesForOneDistrictMustAllApplyToIt() {
            Account account = coordinator("kim@example.org");

            assertThatIllegalArgumentException().isThrownBy(() -> account.replaceGrantsIn(MITTELSACHSEN,
                    List.of(RoleGrant.inDistrict(Role.COORDINATOR, SOE))));
        }

        @Test
        void cannotLoseItsLastRole() {
            Account account = coordinator("kim@example.org");

            assertThatIllegalArgumentException().isThrownBy(() -> account.replaceGrantsIn(MITTELSACHSEN, List.of()));
        }

        @Test
        void belongsToTheDistrictsItHoldsRolesIn() {
            Account account = coordinator("kim@example.org");

            assertThat(account.belongsTo(MITTELSACHSEN)).isTrue();
            assertThat(account.belongsTo(SOE)).isFalse();
            assertThat(account.owningDistrict()).isEqualTo(MITTELSACHSEN);
        }
    }
}
