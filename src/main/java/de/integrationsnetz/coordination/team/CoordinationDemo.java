package de.integrationsnetz.coordination.team;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.DistrictKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable identifiers of the demo offices and coordinators, so that tests and the access matrix can name an own and a
 * foreign record. Every demo record is flagged as demo; names carry "Demo", phone numbers use the fictitious 555
 * block and e-mail addresses the demo domain.
 */
public final class CoordinationDemo {

    public static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    public static final DistrictKey SAECHSISCHE_SCHWEIZ = DistrictKey.of("14628");

    public static final UUID OFFICE_FREIBERG = UUID.fromString("0ff1ce00-1452-2000-8000-000000000001");
    public static final UUID OFFICE_FLOEHA = UUID.fromString("0ff1ce00-1452-2000-8000-000000000002");
    public static final UUID OFFICE_DOEBELN = UUID.fromString("0ff1ce00-1452-2000-8000-000000000003");
    public static final UUID OFFICE_ROSSAU = UUID.fromString("0ff1ce00-1452-2000-8000-000000000004");
    public static final UUID OFFICE_PIRNA = UUID.fromString("0ff1ce00-1462-8000-8000-000000000001");
    public static final UUID OFFICE_DIPPOLDISWALDE = UUID.fromString("0ff1ce00-1462-8000-8000-000000000002");
    public static final UUID OFFICE_FREITAL = UUID.fromString("0ff1ce00-1462-8000-8000-000000000003");
    public static final UUID OFFICE_SEBNITZ = UUID.fromString("0ff1ce00-1462-8000-8000-000000000004");

    /** Katrin Demo, Freiberg: looks after the town of Freiberg; publishes name and e-mail, not her phone. */
    public static final UUID COORDINATOR_FREIBERG = UUID.fromString("c0000000-1452-2000-8000-000000000001");
    /** Thomas Muster (Demo), Freiberg: publishes nothing. */
    public static final UUID COORDINATOR_FREIBERG_UNPUBLISHED = UUID.fromString("c0000000-1452-2000-8000-000000000002");
    /** Jonas Demo, Pirna. */
    public static final UUID COORDINATOR_PIRNA = UUID.fromString("c0000000-1462-8000-8000-000000000001");

    /**
     * The demo login "Katrin Demo (Koordination Freiberg)", linked to her coordinator record. Identity gives its demo
     * accounts fixed name-based ids; {@code CoordinationDemoTests} checks that this is still the same id.
     */
    public static final AccountId FREIBERG_COORDINATOR_LOGIN =
            demoLogin("koordination.mittelsachsen@demo.integrationsnetz.de");
    /** The demo login "Jonas Demo (Koordination Pirna)", linked to his coordinator record. */
    public static final AccountId PIRNA_COORDINATOR_LOGIN = demoLogin("koordination.soe@demo.integrationsnetz.de");

    /** How many of Mittelsachsen's municipalities (the smallest) the demo leaves without a coordinator. */
    public static final int UNASSIGNED_IN_MITTELSACHSEN = 3;

    public static final String DEMO_FREIBERG_COORDINATOR_NAME = "Katrin Demo";
    public static final String DEMO_FREIBERG_COORDINATOR_PHONE = "03731 555-111";
    public static final String DEMO_FREIBERG_COORDINATOR_EMAIL = "katrin.demo@demo.integrationsnetz.de";
    public static final String DEMO_UNPUBLISHED_NAME = "Thomas Muster (Demo)";
    public static final String DEMO_UNPUBLISHED_EMAIL = "thomas.muster@demo.integrationsnetz.de";
    public static final String DEMO_UNPUBLISHED_PHONE = "03731 555-112";

    private CoordinationDemo() {}

    private static AccountId demoLogin(String email) {
        return new AccountId(UUID.nameUUIDFromBytes(("integrationsnetz-demo:" + email).getBytes(StandardCharsets.UTF_8)));
    }
}
