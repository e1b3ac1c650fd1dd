package de.integrationsnetz.directory.benchmark.server;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Deterministic synthetic offers (docs/directory.md §8): offer {@code n} is the same on every run and independent of
 * the others, so a data set can be extended or regenerated. One organisation per ten offers, seated in a Saxon
 * municipality chosen by population; 1–2 sites in the seat's district (5 % online without a site); 1–3 categories,
 * 0–3 target groups, 1–4 languages; German texts from topic words and the category labels; 20 % with an English
 * translation, 10 % courses, 90 % published. The same vocabulary feeds the runner's query mix ({@link #TOPICS}).
 */
public final class SyntheticOffers {

    /** Topic words, German and English, in pairs. */
    public static final List<String[]> TOPICS = List.of(
            new String[] {"Deutschkurs", "German course"}, new String[] {"Integrationskurs", "integration course"},
            new String[] {"Sprachcafé", "language café"}, new String[] {"Begegnungscafé", "meeting café"},
            new String[] {"Migrationsberatung", "migration counselling"},
            new String[] {"Hausaufgabenhilfe", "homework help"}, new String[] {"Frauentreff", "women's meeting"},
            new String[] {"Elterncafé", "parents' café"}, new String[] {"Bewerbungstraining", "application training"},
            new String[] {"Fahrradwerkstatt", "bicycle workshop"}, new String[] {"Nähwerkstatt", "sewing workshop"},
            new String[] {"Kleiderkammer", "clothing store"}, new String[] {"Sozialberatung", "social counselling"},
            new String[] {"Jugendtreff", "youth club"}, new String[] {"Sportgruppe", "sports group"},
            new String[] {"Lernpatenschaft", "learning mentorship"},
            new String[] {"Orientierungskurs", "orientation course"},
            new String[] {"Alphabetisierungskurs", "literacy course"},
            new String[] {"Berufssprachkurs", "job-related language course"},
            new String[] {"Anerkennungsberatung", "recognition counselling"},
            new String[] {"Schuldnerberatung", "debt counselling"}, new String[] {"Wohnungssuche", "flat hunting"},
            new String[] {"Gesundheitslotsen", "health guides"}, new String[] {"Dolmetscherdienst", "interpreting"},
            new String[] {"Kochgruppe", "cooking group"}, new String[] {"Gartenprojekt", "garden project"},
            new String[] {"Mentoring", "mentoring"}, new String[] {"Ausbildungsberatung", "apprenticeship advice"},
            new String[] {"Kinderbetreuung", "childcare"}, new String[] {"Schwimmkurs", "swimming course"},
            new String[] {"Computerkurs", "computer course"}, new String[] {"Rechtsberatung", "legal advice"},
            new String[] {"Familienzentrum", "family centre"}, new String[] {"Musikgruppe", "music group"},
            new String[] {"Theaterprojekt", "theatre project"}, new String[] {"Nachhilfe", "tutoring"},
            new String[] {"Behördenbegleitung", "accompaniment to authorities"},
            new String[] {"Spielgruppe", "playgroup"}, new String[] {"Lesepaten", "reading mentors"},
            new String[] {"Arbeitsmarktberatung", "labour market advice"});

    private static final String[] QUALIFIERS = {"Offener", "Kostenloser", "Interkultureller", "Mobiler", "Digitaler",
        "Wöchentlicher", "Ehrenamtlicher", "Mehrsprachiger"};
    private static final String[] PHRASES = {"Wir helfen bei Fragen zu Behörden, Schule und Arbeit.",
        "Alle sind willkommen, eine Anmeldung ist nicht nötig.", "Kinder können mitgebracht werden.",
        "Die Beratung ist vertraulich und unabhängig vom Aufenthaltsstatus.",
        "Wir sprechen mehrere Sprachen und nehmen uns Zeit.", "Bitte bringen Sie vorhandene Unterlagen mit.",
        "Das Angebot findet in kleinen Gruppen statt.", "Ehrenamtliche begleiten die Teilnehmenden.",
        "Termine gibt es auch telefonisch oder per Video.", "Der Raum ist mit Bus und Bahn gut erreichbar."};
    private static final String[] LANGUAGES = {"de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ti", "so", "fr",
        "prs", "ps", "pl", "ro"};
    private static final String[] LEVELS = {"A1", "A2", "B1", "B2", "C1"};

    /** A municipality as a place for seats and sites. */
    public record Place(String municipality, String district, String city, String postalCode, double latitude,
            double longitude, long population) {}

    /** What offer {@code n} looks like; the writer turns it into an aggregate. */
    record Draft(int organisation, String name, String description, @Nullable String englishName,
            @Nullable String englishDescription, List<Place> sites, List<CatalogTerm> terms, List<String> languages,
            boolean free, boolean barrierFree, boolean online, boolean published, @Nullable String courseLevel,
            String street) {}

    private final long seed;
    private final List<CatalogTerm> categories;
    private final List<CatalogTerm> targetGroups;
    private final List<Place> places;
    private final long[] cumulativePopulation;

    SyntheticOffers(long seed, List<CatalogTerm> categories, List<CatalogTerm> targetGroups) {
        this.seed = seed;
        this.categories = List.copyOf(categories);
        this.targetGroups = List.copyOf(targetGroups);
        this.places = saxonMunicipalities();
        this.cumulativePopulation = new long[places.size()];
        long sum = 0;
        for (int i = 0; i < places.size(); i++) {
            sum += places.get(i).population();
            cumulativePopulation[i] = sum;
        }
    }

    /** The 418 Saxon municipalities of the bundled reference data. */
    public static List<Place> saxonMunicipalities() {
        List<Place> result = new ArrayList<>();
        try (Reader in = new InputStreamReader(
                new ClassPathResource("reference-data/saxony/municipalities.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                result.add(new Place(row.get("ags"), row.get("district_ars"), row.get("name_short"),
                        row.get("postal_code"), Double.parseDouble(row.get("lat")),
                        Double.parseDouble(row.get("lon")), Long.parseLong(row.get("population"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    Place seatOf(int organisation) {
        Random random = new Random(seed * 31 + organisation * 7_919L);
        long pick = (long) (random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1]);
        for (int i = 0; i < cumulativePopulation.length; i++) {
            if (pick < cumulativePopulation[i]) {
                return places.get(i);
            }
        }
        return places.get(places.size() - 1);
    }

    String organisationName(int organisation) {
        String[] kinds = {"Verein", "Initiative", "Netzwerk", "Diakonie", "Caritas", "Volkshochschule",
            "Bildungswerk", "Begegnungszentrum"};
        return kinds[organisation % kinds.length] + " " + seatOf(organisation).city() + " " + (organisation + 1);
    }

    Draft offer(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        int organisation = n / 10;
        Place seat = seatOf(organisation);
        String[] topic = TOPICS.get(random.nextInt(TOPICS.size()));
        boolean online = random.nextInt(100) < 5;
        List<Place> sites = new ArrayList<>();
        if (!online) {
            List<Place> sameDistrict = places.stream().filter(p -> p.district().equals(seat.district())).toList();
            sites.add(seat);
            if (random.nextBoolean()) {
                Place second = sameDistrict.get(random.nextInt(sameDistrict.size()));
                if (!second.equals(seat)) {
                    sites.add(second);
                }
            }
        }
        Set<CatalogTerm> terms = new LinkedHashSet<>();
        int categoryCount = 1 + random.nextInt(3);
        for (int i = 0; i < categoryCount; i++) {
            terms.add(categories.get(random.nextInt(categories.size())));
        }
        int groupCount = random.nextInt(4);
        for (int i = 0; i < groupCount; i++) {
            terms.add(targetGroups.get(random.nextInt(targetGroups.size())));
        }
        Set<String> languages = new LinkedHashSet<>(List.of("de"));
        int languageCount = random.nextInt(4);
        for (int i = 0; i < languageCount; i++) {
            languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        }
        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        String city = online ? "online" : seat.city();
        String name = qualifier + " " + topic[0] + " " + city;
        CatalogTerm first = terms.iterator().next();
        StringBuilder description = new StringBuilder(topic[0]).append(" in ").append(city).append(": ")
                .append(first.label(ContentLanguage.DE)).append(". ");
        int phrases = 2 + random.nextInt(4);
        for (int i = 0; i < phrases; i++) {
            description.append(PHRASES[random.nextInt(PHRASES.length)]).append(' ');
        }
        String[] other = TOPICS.get(random.nextInt(TOPICS.size()));
        description.append("Außerdem: ").append(other[0]).append('.');
        boolean english = random.nextInt(100) < 20;
        String level = random.nextInt(100) < 10 ? LEVELS[random.nextInt(LEVELS.length)] : null;
        return new Draft(organisation, name, description.toString(),
                english ? topic[1] + " " + city : null,
                english ? "A " + topic[1] + " in " + city + ". Everyone is welcome; also " + other[1] + "." : null,
                sites, List.copyOf(terms), List.copyOf(languages), random.nextInt(100) < 60,
                random.nextInt(100) < 30, online, random.nextInt(100) < 90, level,
                "Marktstraße " + (1 + random.nextInt(60)));
    }
}
