package de.integrationsnetz.directory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class DirectoryAccessTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    static final DistrictKey SOE = DistrictKey.of("14628");
    static final OrganisationId OWN = OrganisationId.random();
    static final OrganisationId OTHER = OrganisationId.random();

    final DirectoryAccess access = new DirectoryAccess();

    static CurrentUser user(RoleGrant... grants) {
        return new CurrentUser(AccountId.random(), "test@example.org", "Test", null, true, false, Locale.GERMAN,
                List.of(grants));
    }

    static CurrentUser provider() {
        return user(new RoleGrant(Role.PROVIDER, MITTELSACHSEN, null, OWN.value()));
    }

    @Test
    void coordinatorsAndCountyAdminsManageEveryOrganisationOfTheirDistrict() {
        CurrentUser coordinator = user(RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN));

        assertThatCode(() -> access.require(coordinator, MITTELSACHSEN, OTHER, Intent.MANAGE)).doesNotThrowAnyException();
        assertThat(access.managedDistrict(coordinator)).isEqualTo(MITTELSACHSEN);
        assertThat(access.scope(coordinator).districts()).containsExactly(MITTELSACHSEN);
    }

    @Test
    void anotherDistrictsOrganisationIsNotFound() {
        CurrentUser admin = user(RoleGrant.inDistrict(Role.COUNTY_ADMIN, SOE));

        assertThatThrownBy(() -> access.require(admin, MITTELSACHSEN, OTHER, Intent.READ)).isInstanceOf(NotInScope.class);
        assertThatThrownBy(() -> access.require(provider(), SOE, OWN, Intent.READ)).isInstanceOf(NotInScope.class);
    }

    @Test
    void aProviderReadsAndEditsOnlyTheirOwnOrganisationAndNeverManagesIt() {
        CurrentUser provider = provider();

        assertThatCode(() -> access.require(provider, MITTELSACHSEN, OWN, Intent.EDIT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.require(provider, MITTELSACHSEN, OTHER, Intent.READ))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.require(provider, MITTELSACHSEN, OWN, Intent.MANAGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.managedDistrict(provider)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.scope(provider)).isEqualTo(new OrganisationScope(Set.of(), Set.of(OWN), MITTELSACHSEN));
    }

    @Test
    void municipalityStaffHaveNoDirectoryScope() {
        CurrentUser municipality = user(new RoleGrant(Role.MUNICIPALITY, MITTELSACHSEN,
                MunicipalityKey.of("14522180"), null));

        assertThat(access.scope(municipality).isEmpty()).isTrue();
        assertThatThrownBy(() -> access.require(municipality, MITTELSACHSEN, OWN, Intent.READ))
                .isInstanceOf(AccessDeniedException.class);
    }
}
