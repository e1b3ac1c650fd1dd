package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.exports.OfferExport;
import de.integrationsnetz.directory.exports.OfferTable;
import de.integrationsnetz.directory.exports.TableWriter;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.OfferFilter;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferTransitionNotAllowed;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export and bulk actions of the back-office offer list (docs/directory.md §7.3), kept apart from
 * {@link OfferController}: the filtered list as XLSX or CSV (the columns the import reads), and actions on the
 * selected rows: submit for review, archive (after a confirmation page), export the selection. Each action runs per
 * offer through {@link OfferManagement} and reports how many were done and how many were not allowed.
 */
@Controller
@RequestMapping("/app/directory/offers")
class OfferBulkController {

    private static final Map<String, Sort> COLUMNS = Map.of(
            "name", Sort.by("nameKey"),
            "updated", Sort.by("updatedAt", "nameKey"),
            "status", Sort.by("status", "nameKey"));
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final OfferManagement offers;
    private final OfferExport export;
    private final TaxonomyCatalog catalog;

    OfferBulkController(OfferManagement offers, OfferExport export, TaxonomyCatalog catalog) {
        this.offers = offers;
        this.export = export;
        this.catalog = catalog;
    }

    /** Result of a bulk action for the list's message. */
    record BulkResult(String action, int done, int refused) {}

    @GetMapping("/export.xlsx")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    void exportXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
            HttpServletResponse response) throws IOException {
        List<List<String>> rows = export.rows(user, filter(params), sort(params));
        ImportController.download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "angebote-" + LocalDate.now(ZONE) + ".xlsx");
        TableWriter.xlsx("Angebote", OfferTable.headers(), rows, response.getOutputStream());
    }

    @GetMapping("/export.csv")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    void exportCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
            HttpServletResponse response) throws IOException {
        List<List<String>> rows = export.rows(user, filter(params), sort(params));
        ImportController.download(response, "text/csv;charset=UTF-8", "angebote-" + LocalDate.now(ZONE) + ".csv");
        TableWriter.csv(OfferTable.headers(), rows, response.getOutputStream());
    }

    @PostMapping("/bulk")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String bulk(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String action,
            @RequestParam(name = "ids", required = false) List<UUID> ids,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        List<OfferId> selected = ids == null ? List.of() : ids.stream().distinct().map(OfferId::of).toList();
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("flashProblem", "directory.bulk.none-selected");
            return "redirect:" + OfferController.BASE;
        }
        switch (action) {
            case "export-xlsx" -> {
                ImportController.download(response,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "angebote-auswahl.xlsx");
                TableWriter.xlsx("Angebote", OfferTable.headers(), export.selection(user, selected),
                        response.getOutputStream());
                return null;
            }
            case "export-csv" -> {
                ImportController.download(response, "text/csv;charset=UTF-8", "angebote-auswahl.csv");
                TableWriter.csv(OfferTable.headers(), export.selection(user, selected), response.getOutputStream());
                return null;
            }
            case "submit" -> {
                return done(redirect, run("submit", selected, id -> offers.submit(id, user)));
            }
            case "archive" -> {
                if (!confirmed) {
                    List<OfferView> chosen = new ArrayList<>();
                    for (OfferId id : selected) {
                        chosen.add(offers.get(id, user));
                    }
                    model.addAttribute("chosen", chosen);
                    model.addAttribute("action", action);
                    return "directory/offers/bulk";
                }
                return done(redirect, run("archive", selected,
                        id -> offers.archive(id, user, ArchiveReason.ENDED)));
            }
            default -> {
                redirect.addFlashAttribute("flashProblem", "directory.bulk.unknown-action");
                return "redirect:" + OfferController.BASE;
            }
        }
    }

    private BulkResult run(String action, List<OfferId> selected, Consumer<OfferId> command) {
        int done = 0;
        int refused = 0;
        for (OfferId id : selected) {
            try {
                command.accept(id);
                done++;
            } catch (OfferTransitionNotAllowed | AccessDeniedException | NotInScope notAllowed) {
                refused++;
            }
        }
        return new BulkResult(action, done, refused);
    }

    private static String done(RedirectAttributes redirect, BulkResult result) {
        redirect.addFlashAttribute("bulkResult", result);
        return "redirect:" + OfferController.BASE;
    }

    private OfferFilter filter(Map<String, String> params) {
        String q = params.getOrDefault("q", "");
        OfferStatus status = null;
        for (OfferStatus candidate : OfferStatus.values()) {
            if (candidate.name().equalsIgnoreCase(params.getOrDefault("status", "").strip())) {
                status = candidate;
            }
        }
        String category = params.getOrDefault("category", "").strip();
        String categoryFilter = catalog.term(TaxonomyCatalog.CATEGORIES, category).isPresent() ? category : null;
        OrganisationId organisation = null;
        try {
            String value = params.getOrDefault("organisation", "").strip();
            organisation = value.length() == 36 ? OrganisationId.of(UUID.fromString(value)) : null;
        } catch (IllegalArgumentException ignored) {
            // no filter
        }
        String municipality = params.getOrDefault("municipality", "");
        return new OfferFilter(q, status, categoryFilter, organisation,
                MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality) : null);
    }

    private static Sort sort(Map<String, String> params) {
        SortOrder order = SortOrder.of(params.getOrDefault("sort", "name"), params.getOrDefault("dir", "asc"),
                COLUMNS, "name");
        return order.toSort(COLUMNS);
    }
}
