package de.integrationsnetz.geography.web;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: all districts, and one district with a filterable, sortable table and a map of its municipalities. */
@Controller
class DistrictPagesController {

    private static final int MAX_QUERY_LENGTH = 100;

    private final GeographyQueries geography;

    DistrictPagesController(GeographyQueries geography) {
        this.geography = geography;
    }

    /** The districts with density and the translation key of their type. */
    record DistrictRow(DistrictSummary district, String typeKey, double density) {

        static DistrictRow of(DistrictSummary district) {
            return new DistrictRow(district, MunicipalityType.districtMessageKeyOf(district.type()),
                    Density.of(district.population(), district.areaKm2()));
        }
    }

    /** Saxony as a whole, for the table's footer. */
    record Totals(int municipalities, long population, double areaKm2, double density) {}

    @GetMapping("/districts")
    String districts(Model model) {
        List<DistrictSummary> districts = geography.districts();
        long population = districts.stream().mapToLong(DistrictSummary::population).sum();
        double area = Math.round(districts.stream().mapToDouble(DistrictSummary::areaKm2).sum() * 100) / 100.0;
        model.addAttribute("districts", districts.stream().map(DistrictRow::of).toList());
        model.addAttribute("totals", new Totals(districts.stream().mapToInt(DistrictSummary::municipalityCount).sum(),
                population, area, Density.of(population, area)));
        return "geography/districts";
    }

    @GetMapping("/districts/{ars}")
    String district(@PathVariable String ars, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String dir,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        DistrictKey key = Keys.district(ars);
        DistrictSummary district = geography.district(key).orElseThrow(() -> Keys.unknownDistrict(key));
        String query = q == null ? null : q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
        MunicipalityListing listing = MunicipalityListing.of("/districts/" + key.value(), query, type, sort, dir);

        List<MunicipalitySummary> municipalities = geography.municipalitiesOf(key);
        Set<String> nameMatches = listing.query().isEmpty() ? Set.of()
                : geography.findMunicipalities(listing.query(), Integer.MAX_VALUE).stream()
                        .map(m -> m.key().value()).collect(Collectors.toSet());
        EnumSet<MunicipalityType> typesPresent = EnumSet.noneOf(MunicipalityType.class);
        municipalities.forEach(m -> Arrays.stream(MunicipalityType.values()).filter(t -> t.matches(m.type()))
                .forEach(typesPresent::add));

        model.addAttribute("district", district);
        model.addAttribute("districtTypeKey", MunicipalityType.districtMessageKeyOf(district.type()));
        model.addAttribute("density", Density.of(district.population(), district.areaKm2()));
        model.addAttribute("listing", listing);
        model.addAttribute("rows", listing.rows(municipalities, nameMatches));
        model.addAttribute("total", municipalities.size());
        model.addAttribute("types", List.copyOf(typesPresent));
        model.addAttribute("numericColumns", List.of("population", "area", "density"));
        model.addAttribute("headers", List.of("name", "population", "area", "density").stream()
                .collect(Collectors.toMap(column -> column, listing::header)));
        boolean fragment = Htmx.wantsFragment(request, response);
        model.addAttribute("htmx", fragment);
        return fragment ? "geography/district :: municipalities" : "geography/district";
    }
}
