package de.integrationsnetz.geography.reference;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class GeographyReferenceDataTests {

    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");

    @Autowired
    GeographyQueries geography;

    @Autowired
    GeographyIndex index;

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsAllThirteenDistrictsSortedByName() {
        List<DistrictSummary> districts = geography.districts();

        assertThat(districts).hasSize(13);
        assertThat(districts).extracting(DistrictSummary::name).startsWith("Bautzen", "Chemnitz, Stadt", "Dresden, Stadt",
                "Erzgebirgskreis", "Görlitz");
        assertThat(districts.stream().mapToInt(DistrictSummary::municipalityCount).sum()).isEqualTo(418);
        assertThat(geography.district(MITTELSACHSEN)).hasValueSatisfying(district -> {
            assertThat(district.name()).isEqualTo("Mittelsachsen");
            assertThat(district.type()).isEqualTo("Landkreis");
            assertThat(district.seat()).isEqualTo("Freiberg");
            assertThat(district.population()).isEqualTo(296_431);
            assertThat(district.areaKm2()).isEqualTo(2116.82);
            assertThat(district.municipalityCount()).isEqualTo(52);
        });
        assertThat(geography.district(DistrictKey.of("14999"))).isEmpty();
    }

    @Test
    void loadsAll418MunicipalitiesIntoTheirDistricts() {
        assertThat(jdbc.sql("select count(*) from geography.municipalities").query(Long.class).single()).isEqualTo(418);
        assertThat(geography.districts().stream().mapToInt(d -> geography.municipalitiesOf(d.key()).size()).sum())
                .isEqualTo(418);

        List<MunicipalitySummary> mittelsachsen = geography.municipalitiesOf(MITTELSACHSEN);
        assertThat(mittelsachsen).hasSize(52).allMatch(m -> m.district().equals(MITTELSACHSEN));
        assertThat(mittelsachsen).extracting(MunicipalitySummary::shortName).contains("Döbeln", "Freiberg", "Flöha");
        assertThat(mittelsachsen).extracting(MunicipalitySummary::name).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.GERMAN));
        assertThat(geography.municipalitiesOf(DistrictKey.of("09999"))).isEmpty();
    }

    @Test
    void describesAMunicipalityWithItsPostalCodesAndCoordinates() {
        MunicipalitySummary freiberg = geography.municipality(FREIBERG).orElseThrow();

        assertThat(freiberg.name()).isEqualTo("Freiberg, Stadt, Universitätsstadt");
        assertThat(freiberg.shortName()).isEqualTo("Freiberg");
        assertThat(freiberg.type()).isEqualTo("Stadt");
        assertThat(freiberg.district()).isEqualTo(MITTELSACHSEN);
        assertThat(freiberg.districtName()).isEqualTo("Mittelsachsen");
        assertThat(freiberg.population()).isPositive();
        assertThat(freiberg.areaKm2()).isBetween(40.0, 60.0);
        assertThat(freiberg.latitude()).isBetween(50.8, 51.0);
        assertThat(freiberg.longitude()).isBetween(13.2, 13.5);
        assertThat(freiberg.postalCodes()).contains("09599").isSorted();
        assertThat(geography.municipality(MunicipalityKey.of("14522999"))).isEmpty();
    }

    @Test
    void findsMunicipalitiesByPostalCode() {
        assertThat(geography.findMunicipalities("09599", 10)).extracting(MunicipalitySummary::key).containsExactly(FREIBERG);
        assertThat(geography.findMunicipalities(" 09599 ", 10)).extracting(MunicipalitySummary::key).containsExactly(FREIBERG);
        assertThat(geography.findMunicipalities("10115", 10)).isEmpty();
        // A postal code shared by several municipalities finds all of them.
        String shared = jdbc.sql("select plz from geography.municipality_postal_codes group by plz having count(*) > 1 "
                + "order by plz limit 1").query(String.class).single();
        int sharing = jdbc.sql("select count(*) from geography.municipality_postal_codes where plz = ?").param(shared)
                .query(Integer.class).single();
        assertThat(geography.findMunicipalities(shared, 100)).hasSize(sharing);
        assertThat(geography.findMunicipalities(shared, 1)).hasSize(1);
    }

    @Test
    void findsMunicipalitiesByNamePrefixBeforeContainedText() {
        assertThat(names(geography.findMunicipalities("frei", 10))).containsExactly("Freiberg", "Freital");
        assertThat(names(geography.findMunicipalities("FREI", 1))).containsExactly("Freiberg");

        // short name starts with it, then a later word starts with it, then the name merely contains it
        assertThat(names(geography.findMunicipalities("bern", 10))).containsExactly("Bernsdorf", "Bernsdorf",
                "Bernstadt a. d. Eigen", "Lauter-Bernsbach", "Langenbernsdorf", "Olbernhau");
        assertThat(geography.findMunicipalities("bern", 10)).extracting(MunicipalitySummary::district)
                .startsWith(DistrictKey.of("14524"), DistrictKey.of("14625"));
    }

    @Test
    void findsMunicipalitiesWhateverWayUmlautsAreTyped() {
        assertThat(names(geography.findMunicipalities("döbeln", 5))).first().isEqualTo("Döbeln");
        assertThat(names(geography.findMunicipalities("doebeln", 5))).first().isEqualTo("Döbeln");
        assertThat(names(geography.findMunicipalities("Dobeln", 5))).first().isEqualTo("Döbeln");
        assertThat(names(geography.findMunicipalities("weisswasser", 5))).first().isEqualTo("Weißwasser/O.L.");
        assertThat(names(geography.findMunicipalities("budysin", 5))).containsExactly("Bautzen / Budyšin");
        assertThat(names(geography.findMunicipalities("aue bad schlema", 5))).containsExactly("Aue-Bad Schlema");
    }

    @Test
    void findsNothingForEmptyOrMeaninglessInput() {
        assertThat(geography.findMunicipalities("", 10)).isEmpty();
        assertThat(geography.findMunicipalities("   ", 10)).isEmpty();
        assertThat(geography.findMunicipalities("--", 10)).isEmpty();
        assertThat(geography.findMunicipalities("xyzzy", 10)).isEmpty();
        assertThat(geography.findMunicipalities("frei", 0)).isEmpty();
    }

    @Test
    void loadsAllGermanPostalCodesAndTheOdblMappingAsItsOwnTable() {
        assertThat(jdbc.sql("select count(*) from geography.postal_codes").query(Long.class).single()).isEqualTo(16_477);
        assertThat(jdbc.sql("select count(*) from geography.postal_codes where state_code = 'SN'").query(Long.class)
                .single()).isEqualTo(689);
        assertThat(jdbc.sql("select count(*) from geography.municipality_postal_codes").query(Long.class).single())
                .isEqualTo(540);
        assertThat(jdbc.sql("select count(distinct ags) from geography.municipality_postal_codes").query(Long.class)
                .single()).isEqualTo(418);
    }

    @Test
    void reloadingIsIdempotentAndSkippedWhileTheFilesAreUnchanged() {
        String checksum = storedChecksum();

        ReferenceDataLoad unchanged = loader.loadIfChanged();
        assertThat(unchanged.loaded()).isFalse();
        assertThat(unchanged.checksum()).isEqualTo(checksum);

        ReferenceDataLoad forced = index.reload();
        assertThat(forced.loaded()).isTrue();
        assertThat(forced.checksum()).isEqualTo(checksum);
        assertThat(forced.rowCounts()).containsEntry("districts", 13).containsEntry("municipalities", 418)
                .containsEntry("postal_codes", 16_477).containsEntry("municipality_postal_codes", 540);
        assertThat(storedChecksum()).isEqualTo(checksum);
        assertThat(geography.districts()).hasSize(13);
        assertThat(geography.municipalitiesOf(MITTELSACHSEN)).hasSize(52);
        assertThat(geography.findMunicipalities("09599", 5)).extracting(MunicipalitySummary::key).containsExactly(FREIBERG);
    }

    @Test
    void loadsAgainWhenTheStoredChecksumDiffersFromTheFiles() {
        String checksum = storedChecksum();
        jdbc.sql("update geography.reference_data set checksum = 'outdated' where dataset = 'saxony'").update();

        ReferenceDataLoad load = loader.loadIfChanged();

        assertThat(load.loaded()).isTrue();
        assertThat(storedChecksum()).isEqualTo(checksum);
        assertThat(jdbc.sql("select count(*) from geography.municipalities").query(Long.class).single()).isEqualTo(418);
    }

    private String storedChecksum() {
        return jdbc.sql("select checksum from geography.reference_data where dataset = 'saxony'").query(String.class)
                .single();
    }

    private static List<String> names(List<MunicipalitySummary> municipalities) {
        return municipalities.stream().map(MunicipalitySummary::shortName).toList();
    }
}
