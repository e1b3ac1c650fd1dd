package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.taxonomy.TaxonomyEditing;
import de.integrationsnetz.directory.taxonomy.TaxonomyEditing.TaxonomyOverview;
import de.integrationsnetz.directory.taxonomy.TaxonomyEditing.TermDetails;
import de.integrationsnetz.directory.taxonomy.TaxonomyEditing.TermRow;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statewide taxonomies (offer categories, target groups, features, actor types): coordinators look them up, county
 * admins maintain labels in all seven languages, descriptions and the active flag, and add terms.
 */
@Controller
@RequestMapping("/app/directory/taxonomy")
class TaxonomyController {

    static final String BASE = "/app/directory/taxonomy";

    private final TaxonomyEditing editing;

    TaxonomyController(TaxonomyEditing editing) {
        this.editing = editing;
    }

    /** A content language as a form field needs it: code, its own name, and writing direction. */
    record LanguageField(String code, String name, boolean rightToLeft) {
        static List<LanguageField> all() {
            return Arrays.stream(ContentLanguage.values()).map(language -> {
                Locale locale = Locale.forLanguageTag(language.code());
                String name = locale.getDisplayLanguage(locale);
                return new LanguageField(language.code(), name.substring(0, 1).toUpperCase(locale) + name.substring(1),
                        language.isRightToLeft());
            }).toList();
        }
    }

    @GetMapping
    @PreAuthorize(DirectoryPermissions.READ_TAXONOMY)
    String overview(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "integrationsnetz-angebote") String taxonomy, Locale locale, Model model) {
        List<TaxonomyOverview> all = editing.overview();
        TaxonomyOverview selected = all.stream().filter(t -> t.code().equals(taxonomy)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No taxonomy " + taxonomy));
        model.addAttribute("taxonomies", all);
        model.addAttribute("selected", selected);
        model.addAttribute("language", ContentLanguage.of(locale));
        model.addAttribute("canEdit", user.hasRole(Role.COUNTY_ADMIN));
        return "directory/taxonomy/overview";
    }

    @GetMapping("/terms/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_TAXONOMY)
    String editForm(@PathVariable UUID id, Model model) {
        TermDetails term = editing.term(id);
        model.addAttribute("termForm", TermForm.of(term));
        return form(model, term.taxonomyCode(), term, List.of());
    }

    @PostMapping("/terms/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_TAXONOMY)
    String update(@PathVariable UUID id, @ModelAttribute("termForm") TermForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        TermDetails term = editing.term(id);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, term.taxonomyCode(), term, List.of());
        }
        try {
            editing.change(id, form.getVersion(), form.labelsByLanguage(), form.getDescription(), form.isActive());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, term.taxonomyCode(), term, List.of());
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + BASE + "?taxonomy=" + term.taxonomyCode();
    }

    @GetMapping("/{taxonomy}/new")
    @PreAuthorize(DirectoryPermissions.EDIT_TAXONOMY)
    String createForm(@PathVariable String taxonomy, @RequestParam(defaultValue = "") String parent, Model model) {
        List<TermRow> parents = topLevelOfExtensible(taxonomy);
        TermForm form = new TermForm();
        form.setParentId(parent);
        model.addAttribute("termForm", form);
        return form(model, taxonomy, null, parents);
    }

    @PostMapping("/{taxonomy}/terms")
    @PreAuthorize(DirectoryPermissions.EDIT_TAXONOMY)
    String create(@PathVariable String taxonomy, @ModelAttribute("termForm") TermForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        List<TermRow> parents = topLevelOfExtensible(taxonomy);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, taxonomy, null, parents);
        }
        try {
            editing.add(taxonomy, form.parent(), form.getCode(), form.labelsByLanguage(), form.getDescription());
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, taxonomy, null, parents);
        }
        redirect.addFlashAttribute("flash", "directory.taxonomy.created");
        return "redirect:" + BASE + "?taxonomy=" + taxonomy;
    }

    /** The top-level terms a new term may go below; 404 for an unknown taxonomy or one that takes no new terms. */
    private List<TermRow> topLevelOfExtensible(String taxonomy) {
        return editing.overview().stream()
                .filter(t -> t.code().equals(taxonomy) && t.extensible())
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No extensible taxonomy " + taxonomy))
                .terms().stream().filter(row -> row.depth() == 0).toList();
    }

    private String form(Model model, String taxonomy, @Nullable TermDetails term, List<TermRow> parents) {
        model.addAttribute("taxonomyCode", taxonomy);
        model.addAttribute("term", term);
        model.addAttribute("languages", LanguageField.all());
        model.addAttribute("parents", parents);
        return "directory/taxonomy/form";
    }
}
