package de.integrationsnetz.platform.web;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: the user's roles, where they apply, and what the user can do. */
@Controller
class DashboardController {

    private final GeographyQueries geography;

    DashboardController(GeographyQueries geography) {
        this.geography = geography;
    }

    @GetMapping("/app")
    String dashboard(Model model) {
        Map<String, String> districtNames = geography.districts().stream()
                .collect(Collectors.toMap(district -> district.key().value(), DistrictSummary::name));
        model.addAttribute("districtNames", districtNames);
        model.addAttribute("geography", new MunicipalityNames(geography));
        return "platform/dashboard";
    }

    /** Looks up a municipality's name for the template; unknown keys show as the key itself. */
    public record MunicipalityNames(GeographyQueries geography) {
        public String of(String ags) {
            return geography.municipality(de.integrationsnetz.shared.MunicipalityKey.of(ags))
                    .map(MunicipalitySummary::name)
                    .orElse(ags);
        }
    }
}
