package de.integrationsnetz.identity.demo;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The demo log-ins, one per role (listed in the README). Mittelsachsen (14522) is the home district of the demo;
 * Sächsische Schweiz-Osterzgebirge (14628) has its own admin and coordinator so that district separation can be
 * tried out.
 */
public final class DemoAccounts {

    public static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    public static final DistrictKey SAECHSISCHE_SCHWEIZ = DistrictKey.of("14628");
    public static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    /** The demo provider's organisation; the directory module's demo data uses the same id. */
    public static final UUID DEMO_ORGANISATION = UUID.fromString("6f1c1e1a-0000-4000-8000-000000000001");

    public static final String COUNTY_ADMIN = "admin.mittelsachsen@demo.integrationsnetz.de";
    public static final String COORDINATOR = "koordination.mittelsachsen@demo.integrationsnetz.de";
    public static final String MUNICIPALITY = "gemeinde.freiberg@demo.integrationsnetz.de";
    public static final String PROVIDER = "traeger.mittelsachsen@demo.integrationsnetz.de";
    public static final String INTERPRETER_OFFICE = "sprachmittlerpool.mittelsachsen@demo.integrationsnetz.de";
    public static final String INTERPRETER = "sprachmittlerin.mittelsachsen@demo.integrationsnetz.de";
    public static final String STATE_OBSERVER = "ministerium@demo.integrationsnetz.de";
    public static final String OPERATOR = "betrieb@demo.integrationsnetz.de";
    public static final String OTHER_COUNTY_ADMIN = "admin.soe@demo.integrationsnetz.de";
    public static final String OTHER_COORDINATOR = "koordination.soe@demo.integrationsnetz.de";

    /** One demo account: e-mail, display name and its single role grant. */
    public record DemoAccount(String email, String displayName, RoleGrant grant) {

        /** Fixed, so that tests and links can name a demo account's page. */
        public AccountId id() {
            return idOf(email);
        }
    }

    /** The fixed id of the demo account with this e-mail address (a name-based UUID of the address). */
    public static AccountId idOf(String email) {
        return new AccountId(UUID.nameUUIDFromBytes(("integrationsnetz-demo:" + email).getBytes(StandardCharsets.UTF_8)));
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(COUNTY_ADMIN, "Kreisverwaltung Mittelsachsen (Demo)",
                    RoleGrant.inDistrict(Role.COUNTY_ADMIN, MITTELSACHSEN)),
            new DemoAccount(COORDINATOR, "Katrin Demo (Koordination Freiberg)",
                    RoleGrant.inDistrict(Role.COORDINATOR, MITTELSACHSEN)),
            new DemoAccount(MUNICIPALITY, "Stadtverwaltung Freiberg (Demo)",
                    new RoleGrant(Role.MUNICIPALITY, MITTELSACHSEN, FREIBERG, null)),
            new DemoAccount(PROVIDER, "Träger Mittelsachsen (Demo)",
                    new RoleGrant(Role.PROVIDER, MITTELSACHSEN, null, DEMO_ORGANISATION)),
            new DemoAccount(INTERPRETER_OFFICE, "Sprachmittlerpool Mittelsachsen (Demo)",
                    RoleGrant.inDistrict(Role.INTERPRETER_OFFICE, MITTELSACHSEN)),
            new DemoAccount(INTERPRETER, "Olena Demo (Sprachmittlerin)",
                    RoleGrant.inDistrict(Role.INTERPRETER, MITTELSACHSEN)),
            new DemoAccount(STATE_OBSERVER, "Staatsministerium (Demo)", RoleGrant.statewide(Role.STATE_OBSERVER)),
            new DemoAccount(OPERATOR, "IT-Betrieb (Demo)", RoleGrant.statewide(Role.OPERATOR)),
            new DemoAccount(OTHER_COUNTY_ADMIN, "Kreisverwaltung Sächsische Schweiz-Osterzgebirge (Demo)",
                    RoleGrant.inDistrict(Role.COUNTY_ADMIN, SAECHSISCHE_SCHWEIZ)),
            new DemoAccount(OTHER_COORDINATOR, "Jonas Demo (Koordination Pirna)",
                    RoleGrant.inDistrict(Role.COORDINATOR, SAECHSISCHE_SCHWEIZ)));

    private DemoAccounts() {}
}
