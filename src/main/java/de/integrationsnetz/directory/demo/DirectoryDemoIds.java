package de.integrationsnetz.directory.demo;

import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The fixed ids of the demo data, so that route rules and tests can name them: name-based UUIDs (v3) of
 * {@code integrationsnetz:demo:<kind>:<district>:<n>[:<m>]}. The first organisation of Mittelsachsen is the demo
 * provider's organisation: the same id as identity's {@code DemoAccounts.DEMO_ORGANISATION} (repeated here because
 * identity's demo package is not part of its API; DirectoryDemoDataTests checks that both agree).
 */
public final class DirectoryDemoIds {

    /** Mittelsachsen, the home district of the demo. */
    public static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    /** Sächsische Schweiz-Osterzgebirge, the second demo district. */
    public static final DistrictKey SAECHSISCHE_SCHWEIZ = DistrictKey.of("14628");
    private static final UUID DEMO_PROVIDER_ORGANISATION = UUID.fromString("6f1c1e1a-0000-4000-8000-000000000001");

    /** Integrationsverein Freiberg: the demo provider's own organisation (14522). */
    public static final OrganisationId MS_DEMO_ORGANISATION = organisation(MITTELSACHSEN, 1);
    /** Agentur für Arbeit Freiberg: in the demo provider's district, but not theirs. */
    public static final OrganisationId MS_OTHER_ORGANISATION = organisation(MITTELSACHSEN, 2);
    /** Jobcenter Pirna: an organisation of the other demo district (14628). */
    public static final OrganisationId SOE_ORGANISATION = organisation(SAECHSISCHE_SCHWEIZ, 1);
    /** First contact person of the demo provider's organisation. */
    public static final UUID MS_DEMO_CONTACT = contact(MITTELSACHSEN, 1, 1);
    /** First contact person of {@link #SOE_ORGANISATION}. */
    public static final UUID SOE_CONTACT = contact(SAECHSISCHE_SCHWEIZ, 1, 1);
    /** First location of the demo provider's organisation. */
    public static final LocationId MS_DEMO_LOCATION = location(MITTELSACHSEN, 1, 1);
    /** First location of {@link #SOE_ORGANISATION}. */
    public static final LocationId SOE_LOCATION = location(SAECHSISCHE_SCHWEIZ, 1, 1);
    /** First demo cooperation of Mittelsachsen: MBE Mittweida refers people to the Jobcenter Döbeln. */
    public static final CooperationId MS_COOPERATION = cooperation(MITTELSACHSEN, 1);
    /** First demo cooperation of Sächsische Schweiz-Osterzgebirge: MBE Freital refers people to the Jobcenter Pirna. */
    public static final CooperationId SOE_COOPERATION = cooperation(SAECHSISCHE_SCHWEIZ, 1);

    /** Sprachcafé of the demo provider's organisation: published (14522). */
    public static final OfferId MS_DEMO_OFFER = offer(MITTELSACHSEN, 1);
    /** Migrationsberatung of another organisation in the demo provider's district: published (14522). */
    public static final OfferId MS_OTHER_OFFER = offer(MITTELSACHSEN, 2);
    /** Integrationskurs of the demo provider's organisation, waiting for review (14522). */
    public static final OfferId MS_REVIEW_OFFER = offer(MITTELSACHSEN, 3);
    /** Bewerbungstraining of the demo provider's organisation, still a draft (14522). */
    public static final OfferId MS_DRAFT_OFFER = offer(MITTELSACHSEN, 4);
    /** Online-Sprechstunde of the demo provider's organisation: published, with a change waiting for review (14522). */
    public static final OfferId MS_REVISION_OFFER = offer(MITTELSACHSEN, 5);
    /** Sprechstunde of {@link #SOE_ORGANISATION}: published, in the other demo district (14628). */
    public static final OfferId SOE_OFFER = offer(SAECHSISCHE_SCHWEIZ, 1);

    private DirectoryDemoIds() {}

    /** The n-th demo organisation of a district (1-based). */
    public static OrganisationId organisation(DistrictKey district, int n) {
        if (district.equals(MITTELSACHSEN) && n == 1) {
            return OrganisationId.of(DEMO_PROVIDER_ORGANISATION);
        }
        return OrganisationId.of(nameBased("organisation:" + district + ":" + n));
    }

    /** The m-th contact person of the n-th demo organisation of a district. */
    public static UUID contact(DistrictKey district, int n, int m) {
        return nameBased("contact:" + district + ":" + n + ":" + m);
    }

    /** The m-th location of the n-th demo organisation of a district. */
    public static LocationId location(DistrictKey district, int n, int m) {
        return LocationId.of(nameBased("location:" + district + ":" + n + ":" + m));
    }

    /** The n-th demo offer of a district (1-based). */
    public static OfferId offer(DistrictKey district, int n) {
        return OfferId.of(nameBased("offer:" + district + ":" + n));
    }

    /** The k-th schedule of the n-th demo offer of a district. */
    public static UUID schedule(DistrictKey district, int n, int k) {
        return nameBased("offer-schedule:" + district + ":" + n + ":" + k);
    }

    /**
     * The location that demo offers of the n-th demo organisation of a district use in a municipality, when the
     * organisation's own locations in {@code organisations.json} do not cover it (created with the offers).
     */
    public static LocationId site(DistrictKey district, int n, String municipality) {
        return LocationId.of(nameBased("location:" + district + ":" + n + ":" + municipality));
    }

    /** The k-th demo offer of a district made from the offer template {@code key} ({@code offer-templates.json}). */
    public static OfferId offer(DistrictKey district, String key, int k) {
        return OfferId.of(nameBased("offer:" + district + ":" + key + ":" + k));
    }

    /** The j-th schedule of the k-th demo offer of a district made from the offer template {@code key}. */
    public static UUID schedule(DistrictKey district, String key, int k, int j) {
        return nameBased("offer-schedule:" + district + ":" + key + ":" + k + ":" + j);
    }

    /** The n-th demo cooperation of a district (1-based). */
    public static CooperationId cooperation(DistrictKey district, int n) {
        return CooperationId.of(nameBased("cooperation:" + district + ":" + n));
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
