package de.integrationsnetz.geography.web;

import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** Public page of one municipality. */
@Controller
class MunicipalityPageController {

    private final GeographyQueries geography;

    MunicipalityPageController(GeographyQueries geography) {
        this.geography = geography;
    }

    @GetMapping("/municipalities/{ags}")
    String municipality(@PathVariable String ags, Model model) {
        MunicipalityKey key = Keys.municipality(ags);
        MunicipalitySummary municipality = geography.municipality(key).orElseThrow(() -> Keys.unknownMunicipality(key));
        model.addAttribute("municipality", municipality);
        model.addAttribute("typeKey", MunicipalityType.messageKeyOf(municipality.type()));
        model.addAttribute("formattedAgs", formatted(key));
        model.addAttribute("density", Density.of(municipality.population(), municipality.areaKm2()));
        model.addAttribute("responsibleHref", UriComponentsBuilder.fromPath("/who-is-responsible")
                .queryParam("q", municipality.shortName()).encode().build().toUriString());
        return "geography/municipality";
    }

    /** The AGS in its customary groups: Land, Regierungsbezirk, Kreis, Gemeinde ("14 5 22 180"). */
    static String formatted(MunicipalityKey key) {
        String ags = key.value();
        return ags.substring(0, 2) + " " + ags.substring(2, 3) + " " + ags.substring(3, 5) + " " + ags.substring(5);
    }
}
