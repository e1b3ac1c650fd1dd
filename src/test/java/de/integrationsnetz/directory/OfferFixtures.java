package de.integrationsnetz.directory;

import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data for the offer tests: each test makes its own organisation (with a location and a stored provider account)
 * and its own offers in Mittelsachsen, so that the demo offers stay as they are. A test gets one from the context with
 * {@code beans.createBean(OfferFixtures.class)} ({@code @Autowired AutowireCapableBeanFactory beans}), which fills in
 * the constructor's services.
 */
public final class OfferFixtures {

    public static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");

    private final OrganisationManagement organisations;
    private final LocationManagement locations;
    private final OfferManagement offers;
    private final DirectoryTestUsers users;

    public OfferFixtures(OrganisationManagement organisations, LocationManagement locations, OfferManagement offers,
            UserDetailsService userDetails, AccountRepository accounts, PasswordEncoder passwords) {
        this.organisations = organisations;
        this.locations = locations;
        this.offers = offers;
        this.users = new DirectoryTestUsers(userDetails, accounts, passwords);
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public CurrentUser coordinator() {
        return users.demo(DemoAccounts.COORDINATOR);
    }

    public CurrentUser countyAdmin() {
        return users.demo(DemoAccounts.COUNTY_ADMIN);
    }

    public CurrentUser demoProvider() {
        return users.demo(DemoAccounts.PROVIDER);
    }

    /** A new stored provider account for the organisation. */
    public CurrentUser providerOf(OrganisationId organisation) {
        return users.providerOf(organisation, DemoAccounts.MITTELSACHSEN);
    }

    /** A new organisation in Freiberg with one location. */
    public OrganisationId organisation(String name) {
        OrganisationId id = organisations.create(coordinator(), new OrganisationDetails(name,
                OrganisationType.ASSOCIATION, "Ein Verein", new Address("Burgstraße 9", null, "09599", "Freiberg"),
                null, null, null, null, null, Set.of(FREIBERG), OrganisationStatus.ACTIVE), null, false);
        locations.add(id, coordinator(), new LocationDetails(LocationType.PHYSICAL, "Treffpunkt " + name, null,
                new Address("Burgstraße 9", null, "09599", "Freiberg"), null, null, null, null, true), null);
        return id;
    }

    /** A new draft of the organisation, made by the given user; an online offer unless the content says otherwise. */
    public OfferId draft(OrganisationId organisation, String name, CurrentUser user) {
        return offers.create(user, organisation, OfferContents.online(name));
    }

    public OfferId draft(OrganisationId organisation, OfferContent content, CurrentUser user) {
        return offers.create(user, organisation, content);
    }

    /** A new published offer of the organisation. */
    public OfferId published(OrganisationId organisation, String name) {
        OfferId id = draft(organisation, name, coordinator());
        offers.publish(id, coordinator());
        return id;
    }
}
