package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who changes an offer: a signed-in user (with the districts they coordinate or administer and the organisations they
 * are a provider for), the system (freshness job, demo data, imports) or a one-time confirmation link. {@link Offer}
 * uses it to refuse transitions the actor's role does not allow, as a second line behind the service's scope checks.
 *
 * @param account the user's account id; {@code null} for the system and links
 * @param name shown in the audit and as translator; never blank
 * @param managedDistricts districts in which the user is a coordinator or county admin
 * @param providerOrganisations organisations the user is a provider for
 * @param token the confirmation token's id for a link; otherwise {@code null}
 */
public record Actor(Kind kind, @Nullable UUID account, String name, Set<DistrictKey> managedDistricts,
        Set<OrganisationId> providerOrganisations, @Nullable UUID token) {

    /** The kind of actor. */
    public enum Kind { USER, SYSTEM, LINK }

    private static final Set<Role> MANAGERS = Set.of(Role.COORDINATOR, Role.COUNTY_ADMIN);

    public Actor {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a kind and a name");
        }
        managedDistricts = Set.copyOf(managedDistricts);
        providerOrganisations = Set.copyOf(providerOrganisations);
    }

    /** The signed-in user with the scope of their role grants. */
    public static Actor of(CurrentUser user) {
        Set<DistrictKey> managed = new LinkedHashSet<>();
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        for (RoleGrant grant : user.grants()) {
            if (grant.district() != null && MANAGERS.contains(grant.role())) {
                managed.add(grant.district());
            } else if (grant.role() == Role.PROVIDER && grant.organisation() != null) {
                organisations.add(OrganisationId.of(grant.organisation()));
            }
        }
        return new Actor(Kind.USER, user.id().value(), user.displayName(), managed, organisations, null);
    }

    /** The system itself: the freshness job, demo data and imports. */
    public static Actor system() {
        return new Actor(Kind.SYSTEM, null, "system", Set.of(), Set.of(), null);
    }

    /** Whoever follows a one-time confirmation link sent to the organisation. */
    public static Actor link(UUID tokenId) {
        return new Actor(Kind.LINK, null, "link:" + tokenId, Set.of(), Set.of(), tokenId);
    }

    /** Coordinator or county admin of the district, or the system: may review, publish and edit directly. */
    public boolean reviews(DistrictKey district) {
        return kind == Kind.SYSTEM || managedDistricts.contains(district);
    }

    /** May change the offer's content (directly or as a proposal): a reviewer, the provider of its organisation or a link. */
    public boolean edits(DistrictKey district, OrganisationId organisation) {
        return reviews(district) || kind == Kind.LINK || providerOrganisations.contains(organisation);
    }
}
