package de.integrationsnetz.coordination.team;

import static de.integrationsnetz.coordination.team.CoordinationDemo.*;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo coordination for two districts, created once (flagged as demo; {@code app.demo.enabled=false} switches it off):
 * Mittelsachsen with its four offices Freiberg, Flöha, Döbeln and Rossau and eight coordinators, and Sächsische
 * Schweiz-Osterzgebirge with four offices and nine coordinators on 7.5 FTE. Every municipality goes to a coordinator
 * of the nearest office (by the municipalities' centre coordinates); in Mittelsachsen the three smallest stay
 * unassigned so that the overview shows a gap. All names, phone numbers and e-mail addresses are fictitious.
 */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(20)
class CoordinationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoordinationDemoData.class);
    private static final String MAIL = "@demo.integrationsnetz.de";
    private static final String LRA_MS_HOURS = "Di und Do 9–12 und 13–18 Uhr, Fr 9–12 Uhr und nach Vereinbarung";
    private static final String LRA_SOE_HOURS = "Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr und nach Vereinbarung";

    /** The demo coordinators who have a demo login of their own. */
    private static final Map<UUID, AccountId> DEMO_LOGINS = Map.of(
            COORDINATOR_FREIBERG, FREIBERG_COORDINATOR_LOGIN,
            COORDINATOR_PIRNA, PIRNA_COORDINATOR_LOGIN);

    /** A demo office: its fixed id, the municipality it stands in (for distances) and its data. */
    record DemoOffice(UUID id, String town, OfficeDetails details) {}

    /** A demo coordinator, listed with the office they work from; the first of an office gets its largest towns. */
    record DemoCoordinator(UUID id, UUID office, String name, String fte, LocalDate start, String phone,
            String email, PublicationConsent consent) {}

    private final OfficeRepository offices;
    private final CoordinatorRepository coordinators;
    private final GeographyQueries geography;

    CoordinationDemoData(OfficeRepository offices, CoordinatorRepository coordinators, GeographyQueries geography) {
        this.offices = offices;
        this.coordinators = coordinators;
        this.geography = geography;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed(MITTELSACHSEN, mittelsachsenOffices(), mittelsachsenCoordinators(), UNASSIGNED_IN_MITTELSACHSEN);
        seed(SAECHSISCHE_SCHWEIZ, saechsischeSchweizOffices(), saechsischeSchweizCoordinators(), 0);
    }

    private void seed(DistrictKey district, List<DemoOffice> demoOffices, List<DemoCoordinator> demoCoordinators,
            int leaveUnassigned) {
        if (offices.existsById(demoOffices.get(0).id())) {
            return;
        }
        List<MunicipalitySummary> municipalities = geography.municipalitiesOf(district);
        if (municipalities.isEmpty()) {
            log.warn("No municipalities known for district {}: demo coordination not created", district);
            return;
        }
        Map<UUID, Office> saved = new LinkedHashMap<>();
        for (DemoOffice demo : demoOffices) {
            saved.put(demo.id(), offices.save(new Office(new OfficeId(demo.id()), district, demo.details(), true)));
        }
        Map<UUID, Set<MunicipalityKey>> assignment =
                assign(municipalities, demoOffices, demoCoordinators, leaveUnassigned);
        for (DemoCoordinator demo : demoCoordinators) {
            CoordinatorDetails details = new CoordinatorDetails(demo.name(), new BigDecimal(demo.fte()), demo.start(),
                    null, Coordinator.DEFAULT_PROGRAMME, Coordinator.DEFAULT_FUNDING_SHARE, demo.phone(),
                    demo.email(), demo.consent(), assignment.get(demo.id()), DEMO_LOGINS.get(demo.id()));
            coordinators.save(new Coordinator(new CoordinatorId(demo.id()), saved.get(demo.office()), details, true));
        }
        log.info("Created demo coordination for district {}: {} offices, {} coordinators", district,
                demoOffices.size(), demoCoordinators.size());
    }

    /**
     * Each municipality goes to its nearest office; within an office the municipalities, largest first, are dealt
     * out to its coordinators in turn (so the office's own town goes to its first coordinator).
     */
    static Map<UUID, Set<MunicipalityKey>> assign(List<MunicipalitySummary> municipalities,
            List<DemoOffice> demoOffices, List<DemoCoordinator> demoCoordinators, int leaveUnassigned) {
        Map<UUID, MunicipalitySummary> officeTowns = new LinkedHashMap<>();
        for (DemoOffice office : demoOffices) {
            town(municipalities, office.town()).ifPresent(town -> officeTowns.put(office.id(), town));
        }
        Set<MunicipalityKey> unassigned = new HashSet<>();
        municipalities.stream()
                .sorted(Comparator.comparingLong(MunicipalitySummary::population)
                        .thenComparing(MunicipalitySummary::name))
                .filter(m -> !officeTowns.containsValue(m))
                .limit(leaveUnassigned)
                .forEach(m -> unassigned.add(m.key()));

        Map<UUID, List<MunicipalitySummary>> byOffice = new LinkedHashMap<>();
        municipalities.stream()
                .filter(m -> !unassigned.contains(m.key()))
                .sorted(Comparator.comparingLong(MunicipalitySummary::population).reversed()
                        .thenComparing(MunicipalitySummary::name))
                .forEach(m -> nearest(m, officeTowns)
                        .ifPresent(office -> byOffice.computeIfAbsent(office, key -> new ArrayList<>()).add(m)));

        Map<UUID, Set<MunicipalityKey>> assignment = new LinkedHashMap<>();
        demoCoordinators.forEach(c -> assignment.put(c.id(), new HashSet<>()));
        byOffice.forEach((office, list) -> {
            List<DemoCoordinator> staff = demoCoordinators.stream().filter(c -> c.office().equals(office)).toList();
            for (int i = 0; i < list.size() && !staff.isEmpty(); i++) {
                assignment.get(staff.get(i % staff.size()).id()).add(list.get(i).key());
            }
        });
        return assignment;
    }

    private static Optional<MunicipalitySummary> town(List<MunicipalitySummary> municipalities, String name) {
        return municipalities.stream()
                .filter(m -> m.shortName().equalsIgnoreCase(name) || m.name().startsWith(name + ","))
                .findFirst();
    }

    private static Optional<UUID> nearest(MunicipalitySummary municipality, Map<UUID, MunicipalitySummary> towns) {
        return towns.entrySet().stream()
                .min(Comparator.comparingDouble(entry -> distanceKm(municipality, entry.getValue())))
                .map(Map.Entry::getKey);
    }

    /** Great-circle distance between two municipalities' centres (haversine). */
    static double distanceKm(MunicipalitySummary a, MunicipalitySummary b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    private static List<DemoOffice> mittelsachsenOffices() {
        return List.of(
                new DemoOffice(OFFICE_FREIBERG, "Freiberg", new OfficeDetails("Freiberg", "Am Rotvorwerk 3", "09599",
                        "Freiberg", "03731 555-101", "integration.freiberg" + MAIL, LRA_MS_HOURS)),
                new DemoOffice(OFFICE_FLOEHA, "Flöha", new OfficeDetails("Flöha", "Claußstraße 2", "09557", "Flöha",
                        "03731 555-201", "integration.floeha" + MAIL, LRA_MS_HOURS)),
                new DemoOffice(OFFICE_DOEBELN, "Döbeln", new OfficeDetails("Döbeln", "Mastener Straße 5", "04720",
                        "Döbeln", "03731 555-301", "integration.doebeln" + MAIL, LRA_MS_HOURS)),
                new DemoOffice(OFFICE_ROSSAU, "Rossau", new OfficeDetails("Rossau", "Hauptstraße 1", "09661", "Rossau",
                        "03731 555-401", "integration.rossau" + MAIL, "Di 9–12 und 13–18 Uhr und nach Vereinbarung")));
    }

    private static List<DemoCoordinator> mittelsachsenCoordinators() {
        LocalDate february2017 = LocalDate.of(2017, 2, 1);
        return List.of(
                new DemoCoordinator(COORDINATOR_FREIBERG, OFFICE_FREIBERG, DEMO_FREIBERG_COORDINATOR_NAME, "1.0",
                        february2017, DEMO_FREIBERG_COORDINATOR_PHONE, DEMO_FREIBERG_COORDINATOR_EMAIL,
                        new PublicationConsent(true, false, true)),
                new DemoCoordinator(COORDINATOR_FREIBERG_UNPUBLISHED, OFFICE_FREIBERG, DEMO_UNPUBLISHED_NAME, "0.75",
                        february2017, DEMO_UNPUBLISHED_PHONE, DEMO_UNPUBLISHED_EMAIL, PublicationConsent.NONE),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000003"), OFFICE_FREIBERG,
                        "Sabine Beispiel (Demo)", "0.5", LocalDate.of(2019, 4, 1), "03731 555-113",
                        "sabine.beispiel" + MAIL, PublicationConsent.ALL),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000004"), OFFICE_FLOEHA,
                        "Mehmet Yıldız (Demo)", "1.0", february2017, "03731 555-211", "mehmet.yildiz" + MAIL,
                        new PublicationConsent(true, false, false)),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000005"), OFFICE_FLOEHA,
                        "Julia Platzhalter (Demo)", "0.75", LocalDate.of(2018, 1, 1), "03731 555-212",
                        "julia.platzhalter" + MAIL, PublicationConsent.NONE),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000006"), OFFICE_DOEBELN,
                        "Anna Probe (Demo)", "1.0", february2017, "03731 555-311", "anna.probe" + MAIL,
                        new PublicationConsent(true, false, true)),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000007"), OFFICE_DOEBELN,
                        "Oleksandr Kovalenko (Demo)", "0.8", LocalDate.of(2020, 9, 1), "03731 555-312",
                        "oleksandr.kovalenko" + MAIL, PublicationConsent.NONE),
                new DemoCoordinator(UUID.fromString("c0000000-1452-2000-8000-000000000008"), OFFICE_ROSSAU,
                        "Marie Exempel (Demo)", "1.0", LocalDate.of(2017, 3, 1), "03731 555-411",
                        "marie.exempel" + MAIL, PublicationConsent.ALL));
    }

    private static List<DemoOffice> saechsischeSchweizOffices() {
        return List.of(
                new DemoOffice(OFFICE_PIRNA, "Pirna", new OfficeDetails("Pirna", "Schloßhof 2/4", "01796", "Pirna",
                        "03501 555-101", "integration.pirna" + MAIL, LRA_SOE_HOURS)),
                new DemoOffice(OFFICE_DIPPOLDISWALDE, "Dippoldiswalde", new OfficeDetails("Dippoldiswalde",
                        "Weißeritzstraße 7", "01744", "Dippoldiswalde", "03501 555-201",
                        "integration.dippoldiswalde" + MAIL, LRA_SOE_HOURS)),
                new DemoOffice(OFFICE_FREITAL, "Freital", new OfficeDetails("Freital", "Dresdner Straße 56", "01705",
                        "Freital", "03501 555-301", "integration.freital" + MAIL, LRA_SOE_HOURS)),
                new DemoOffice(OFFICE_SEBNITZ, "Sebnitz", new OfficeDetails("Sebnitz", "Kirchstraße 5", "01855",
                        "Sebnitz", "03501 555-401", "integration.sebnitz" + MAIL, "Do 9–12 und 13–16 Uhr")));
    }

    /** Nine coordinators on 7.5 FTE, as planned in the district in 2017. */
    private static List<DemoCoordinator> saechsischeSchweizCoordinators() {
        LocalDate january2017 = LocalDate.of(2017, 1, 1);
        return List.of(
                soe(1, OFFICE_PIRNA, "Jonas Demo", "1.0", january2017, new PublicationConsent(true, true, true)),
                soe(2, OFFICE_PIRNA, "Birgit Vorlage (Demo)", "1.0", january2017, PublicationConsent.NONE),
                soe(3, OFFICE_PIRNA, "Karim Haddad (Demo)", "0.5", LocalDate.of(2018, 5, 1),
                        new PublicationConsent(true, false, false)),
                soe(4, OFFICE_DIPPOLDISWALDE, "Susanne Entwurf (Demo)", "1.0", january2017,
                        new PublicationConsent(true, false, true)),
                soe(5, OFFICE_DIPPOLDISWALDE, "Paul Skizze (Demo)", "0.5", january2017, PublicationConsent.NONE),
                soe(6, OFFICE_FREITAL, "Lena Modell (Demo)", "1.0", january2017, PublicationConsent.ALL),
                soe(7, OFFICE_FREITAL, "Ahmad Karimi (Demo)", "1.0", LocalDate.of(2017, 4, 1),
                        new PublicationConsent(true, false, true)),
                soe(8, OFFICE_SEBNITZ, "Frank Schablone (Demo)", "1.0", january2017, PublicationConsent.NONE),
                soe(9, OFFICE_SEBNITZ, "Nadia Testowa (Demo)", "0.5", january2017,
                        new PublicationConsent(true, true, false)));
    }

    private static DemoCoordinator soe(int number, UUID office, String name, String fte, LocalDate start,
            PublicationConsent consent) {
        UUID id = number == 1 ? COORDINATOR_PIRNA
                : UUID.fromString("c0000000-1462-8000-8000-00000000000" + number);
        String local = Normalizer.normalize(name.replace(" (Demo)", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace(' ', '.');
        return new DemoCoordinator(id, office, name, fte, start, "03501 555-1" + number + "0", local + MAIL, consent);
    }
}
