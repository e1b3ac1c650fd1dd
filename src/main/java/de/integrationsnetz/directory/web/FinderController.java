package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.search.FinderQuery;
import de.integrationsnetz.directory.search.OfferSearch;
import de.integrationsnetz.directory.search.OfferSearchResult;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public offer finder at {@code /} (docs/directory.md §5): a plain GET form that works without JavaScript; with
 * htmx, a change answers only the results (plus the status line and every facet count out of band) and the address
 * bar gets the canonical query. Values the finder cannot understand are left out, never an error.
 */
@Controller
class FinderController {

    private final OfferSearch search;
    private final TaxonomyCatalog taxonomy;
    private final GeographyQueries geography;

    FinderController(OfferSearch search, TaxonomyCatalog taxonomy, GeographyQueries geography) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.geography = geography;
    }

    @GetMapping("/")
    String finder(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        FinderQuery parsed = FinderQuery.parse(parameters).query();
        FinderQuery query = parsed.toBuilder()
                .categories(parsed.categories().stream()
                        .filter(code -> taxonomy.term(TaxonomyCatalog.CATEGORIES, code).isPresent()).toList())
                .targetGroups(parsed.targetGroups().stream()
                        .filter(code -> taxonomy.term(TaxonomyCatalog.TARGET_GROUPS, code).isPresent()).toList())
                .build();
        OfferSearchResult result = search.find(query, ContentLanguage.of(locale));
        FinderPage page = new FinderPage(query, result);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("finder", page);
        response.setHeader("Cache-Control", "no-cache");
        if (Htmx.wantsFragment(request, response)) {
            model.addAttribute("fragment", true);
            response.setHeader("HX-Push-Url", FinderPage.url(query));
            return "directory/finder :: results";
        }
        model.addAttribute("fragment", false);
        // the district select: choosing one shows its municipalities as a filter
        model.addAttribute("districts", geography.districts());
        return "directory/finder";
    }
}
