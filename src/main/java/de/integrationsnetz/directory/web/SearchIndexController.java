package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.search.IndexStatus;
import de.integrationsnetz.directory.search.RebuildReason;
import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator page of the offer search index: documents, published offers, the last rebuild and its epoch, and a
 * rebuild on request. While a rebuild runs, htmx polls the status fragment every two seconds (without JavaScript, a
 * meta refresh reloads the page). Operators only: the index holds public data, but a rebuild costs the whole system.
 */
@Controller
@RequestMapping(SearchIndexController.BASE)
@PreAuthorize("hasRole('OPERATOR')")
class SearchIndexController {

    static final String BASE = "/app/directory/search-index";

    private final SearchIndexMaintenance maintenance;

    SearchIndexController(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping
    String show(Model model, HttpServletRequest request, HttpServletResponse response) {
        IndexStatus status = maintenance.status();
        model.addAttribute("status", status);
        model.addAttribute("progress", status.progress());
        return Htmx.wantsFragment(request, response) ? "directory/search-index :: status" : "directory/search-index";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect) {
        boolean running = maintenance.isRebuilding();
        maintenance.rebuild(RebuildReason.MANUAL);
        redirect.addFlashAttribute("flash", running ? "directory.search-index.rebuild.running"
                : "directory.search-index.rebuild.started");
        return "redirect:" + BASE;
    }
}
