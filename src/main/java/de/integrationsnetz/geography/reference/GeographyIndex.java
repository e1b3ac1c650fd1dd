package de.integrationsnetz.geography.reference;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.geography.PostalCodeSummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link GeographyQueries} answered from memory. The reference data is small (13 districts, 418 municipalities) and
 * read-only, so it is read once from the database after the start-up load and kept as an immutable snapshot. The
 * load runs in {@link #afterSingletonsInstantiated()}, i.e. before the web server accepts requests and before any
 * {@code ApplicationRunner} (demo data) runs; a caller that comes even earlier triggers it itself.
 */
@Service
class GeographyIndex implements GeographyQueries, SmartInitializingSingleton {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final String SAXONY = "SN";

    private final ReferenceDataLoader loader;
    private final JdbcClient jdbc;
    private volatile @Nullable Snapshot snapshot;

    GeographyIndex(ReferenceDataLoader loader, JdbcClient jdbc) {
        this.loader = loader;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        snapshot();
    }

    /** Loads the files again (whatever the checksum says) and rebuilds the index. */
    synchronized ReferenceDataLoad reload() {
        ReferenceDataLoad load = loader.reload();
        snapshot = read();
        return load;
    }

    @Override
    public List<DistrictSummary> districts() {
        return snapshot().districts();
    }

    @Override
    public Optional<DistrictSummary> district(DistrictKey key) {
        return Optional.ofNullable(snapshot().districtsByKey().get(key));
    }

    @Override
    public List<MunicipalitySummary> municipalitiesOf(DistrictKey key) {
        return snapshot().municipalitiesByDistrict().getOrDefault(key, List.of());
    }

    @Override
    public Optional<MunicipalitySummary> municipality(MunicipalityKey key) {
        return Optional.ofNullable(snapshot().municipalities().get(key)).map(Entry::summary);
    }

    @Override
    public List<MunicipalitySummary> findMunicipalities(String nameOrPostalCode, int limit) {
        String query = nameOrPostalCode == null ? "" : nameOrPostalCode.strip();
        if (limit <= 0 || query.isEmpty()) {
            return List.of();
        }
        Snapshot current = snapshot();
        if (POSTAL_CODE.matcher(query).matches()) {
            return current.municipalitiesByPostalCode().getOrDefault(query, List.of()).stream().limit(limit).toList();
        }
        SearchText wanted = SearchText.of(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Hit(Entry entry, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : current.searchOrder()) {
            int rank = Math.min(entry.rank(wanted.expanded(), true), entry.rank(wanted.stripped(), false));
            if (rank < Entry.NO_MATCH) {
                hits.add(new Hit(entry, rank));
            }
        }
        // searchOrder is alphabetical and the sort is stable: equal ranks stay in alphabetical order.
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank))
                .limit(limit)
                .map(hit -> hit.entry().summary())
                .toList();
    }

    @Override
    public Optional<PostalCodeSummary> postalCode(String code) {
        if (code == null || !POSTAL_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Snapshot current = snapshot();
        List<PostalCodeSummary.Place> places = current.placesByPostalCode().get(code);
        List<MunicipalitySummary> municipalities = current.municipalitiesByPostalCode().getOrDefault(code, List.of());
        if (places == null && municipalities.isEmpty()) {
            return Optional.empty();
        }
        if (places == null) {
            // GeoNames lacks a few Saxon codes (04861, 09434): the municipalities' centres stand in for the places.
            places = municipalities.stream()
                    .map(m -> new PostalCodeSummary.Place(m.shortName(), SAXONY, m.district(), m.latitude(), m.longitude()))
                    .toList();
        }
        return Optional.of(new PostalCodeSummary(code, places, municipalities));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    loader.loadIfChanged();
                    current = read();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot read() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<DistrictSummary> districts = new ArrayList<>(jdbc.sql("""
                        select ars, name, short_name, type, seat, population, area_km2, municipality_count
                        from geography.districts""")
                .query((rs, row) -> new DistrictSummary(DistrictKey.of(rs.getString("ars")), rs.getString("name"),
                        rs.getString("short_name"), rs.getString("type"), rs.getString("seat"),
                        rs.getLong("population"), rs.getBigDecimal("area_km2").doubleValue(),
                        rs.getInt("municipality_count")))
                .list());
        districts.sort(Comparator.comparing(DistrictSummary::name, collator));
        Map<DistrictKey, DistrictSummary> districtsByKey = new LinkedHashMap<>();
        districts.forEach(district -> districtsByKey.put(district.key(), district));

        Map<String, List<String>> postalCodesByAgs = new HashMap<>();
        jdbc.sql("select ags, plz from geography.municipality_postal_codes order by ags, plz")
                .query(rs -> {
                    postalCodesByAgs.computeIfAbsent(rs.getString("ags"), ags -> new ArrayList<>()).add(rs.getString("plz"));
                });

        List<MunicipalitySummary> municipalities = new ArrayList<>(jdbc.sql("""
                        select m.ags, m.name, m.short_name, m.type, m.district_ars, d.short_name as district_name,
                               m.population, m.area_km2, m.latitude, m.longitude
                        from geography.municipalities m join geography.districts d on d.ars = m.district_ars""")
                .query((rs, row) -> new MunicipalitySummary(MunicipalityKey.of(rs.getString("ags")),
                        rs.getString("name"), rs.getString("short_name"), rs.getString("type"),
                        DistrictKey.of(rs.getString("district_ars")), rs.getString("district_name"),
                        rs.getLong("population"), rs.getBigDecimal("area_km2").doubleValue(), rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        List.copyOf(postalCodesByAgs.getOrDefault(rs.getString("ags"), List.of()))))
                .list());
        municipalities.sort(Comparator.comparing(MunicipalitySummary::name, collator)
                .thenComparing(MunicipalitySummary::key));

        Map<MunicipalityKey, Entry> byKey = new LinkedHashMap<>();
        Map<DistrictKey, List<MunicipalitySummary>> byDistrict = new LinkedHashMap<>();
        Map<String, List<MunicipalitySummary>> byPostalCode = new TreeMap<>();
        for (MunicipalitySummary municipality : municipalities) {
            byKey.put(municipality.key(), Entry.of(municipality));
            byDistrict.computeIfAbsent(municipality.district(), key -> new ArrayList<>()).add(municipality);
            municipality.postalCodes().forEach(
                    code -> byPostalCode.computeIfAbsent(code, key -> new ArrayList<>()).add(municipality));
        }
        Map<String, List<PostalCodeSummary.Place>> places = new HashMap<>();
        jdbc.sql("select plz, name, state_code, district_ars, latitude, longitude from geography.postal_codes order by id")
                .query(rs -> {
                    places.computeIfAbsent(rs.getString("plz"), code -> new ArrayList<>()).add(new PostalCodeSummary.Place(
                            rs.getString("name"), rs.getString("state_code"), DistrictKey.of(rs.getString("district_ars")),
                            rs.getDouble("latitude"), rs.getDouble("longitude")));
                });
        places.replaceAll((key, list) -> List.copyOf(list));
        byDistrict.replaceAll((key, list) -> List.copyOf(list));
        byPostalCode.replaceAll((key, list) -> List.copyOf(list));
        return new Snapshot(List.copyOf(districts), Map.copyOf(districtsByKey), Map.copyOf(byKey), Map.copyOf(byDistrict),
                Map.copyOf(byPostalCode), Map.copyOf(places), List.copyOf(byKey.values()));
    }

    /** One immutable state of the index; swapped as a whole on reload. */
    private record Snapshot(List<DistrictSummary> districts, Map<DistrictKey, DistrictSummary> districtsByKey,
            Map<MunicipalityKey, Entry> municipalities, Map<DistrictKey, List<MunicipalitySummary>> municipalitiesByDistrict,
            Map<String, List<MunicipalitySummary>> municipalitiesByPostalCode,
            Map<String, List<PostalCodeSummary.Place>> placesByPostalCode, List<Entry> searchOrder) {}

    /** A municipality with its name prepared for matching. */
    private record Entry(MunicipalitySummary summary, SearchText shortName, SearchText name) {

        static final int NO_MATCH = 4;

        static Entry of(MunicipalitySummary summary) {
            return new Entry(summary, SearchText.of(summary.shortName()), SearchText.of(summary.name()));
        }

        /**
         * 0: the short name is the query; 1: the short name starts with it; 2: a word of the official name starts
         * with it (e.g. "schlema" in "Aue-Bad Schlema", "budysin" in "Bautzen / Budyšin"); 3: the name contains it.
         */
        int rank(String query, boolean expanded) {
            if (query.isEmpty()) {
                return NO_MATCH;
            }
            String shortText = expanded ? shortName.expanded() : shortName.stripped();
            String fullText = expanded ? name.expanded() : name.stripped();
            if (shortText.equals(query)) {
                return 0;
            }
            if (shortText.startsWith(query)) {
                return 1;
            }
            if (fullText.startsWith(query) || fullText.contains(" " + query)) {
                return 2;
            }
            if (fullText.contains(query)) {
                return 3;
            }
            return NO_MATCH;
        }
    }
}
