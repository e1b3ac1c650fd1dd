package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.CoordinationQueries;
import de.integrationsnetz.coordination.OfficeContact;
import de.integrationsnetz.coordination.ResponsibleOffice;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page "Wer ist für meine Gemeinde zuständig?": a municipality name or postal code in, the responsible
 * coordination office(s) out, with the coordinators' data only where they agreed to publish it. Works without
 * JavaScript; htmx fetches only the results fragment.
 */
@Controller
class WhoIsResponsibleController {

    static final int MAX_RESULTS = 10;
    static final int MAX_QUERY_LENGTH = 100;

    private final GeographyQueries geography;
    private final CoordinationQueries coordination;

    WhoIsResponsibleController(GeographyQueries geography, CoordinationQueries coordination) {
        this.geography = geography;
        this.coordination = coordination;
    }

    /**
     * One municipality that matched, with its responsible offices or, when no coordinator is assigned, the offices of
     * its district as a fallback.
     */
    record Result(MunicipalitySummary municipality, List<ResponsibleOffice> responsible,
            List<OfficeContact> districtOffices) {

        public boolean assigned() {
            return !responsible.isEmpty();
        }
    }

    @GetMapping("/who-is-responsible")
    String search(@RequestParam(defaultValue = "") String q, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String query = q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        List<Result> results = query.isEmpty() ? List.of()
                : geography.findMunicipalities(query, MAX_RESULTS).stream().map(this::result).toList();
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", results);
        return Htmx.wantsFragment(request, response) ? "coordination/who-is-responsible :: results"
                : "coordination/who-is-responsible";
    }

    private Result result(MunicipalitySummary municipality) {
        List<ResponsibleOffice> responsible = coordination.responsibleFor(municipality.key());
        return new Result(municipality, responsible,
                responsible.isEmpty() ? coordination.officesOf(municipality.district()) : List.of());
    }
}
