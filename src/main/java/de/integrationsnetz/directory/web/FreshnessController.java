package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.freshness.Confirmations;
import de.integrationsnetz.directory.freshness.FreshnessIntervals;
import de.integrationsnetz.directory.freshness.FreshnessSettingsService;
import de.integrationsnetz.directory.offer.OfferTransitionNotAllowed;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Freshness in the back office: the district's settings (coordinators read them, the county admin changes them) and
 * confirming an offer that was withdrawn as stale (coordinators and county admins, within the restore window).
 */
@Controller
@RequestMapping("/app/directory/freshness")
class FreshnessController {

    private static final String SETTINGS = "/app/directory/freshness/settings";

    private final FreshnessSettingsService settings;
    private final Confirmations confirmations;
    private final DirectoryAccess access;

    FreshnessController(FreshnessSettingsService settings, Confirmations confirmations, DirectoryAccess access) {
        this.settings = settings;
        this.confirmations = confirmations;
        this.access = access;
    }


    @GetMapping("/settings")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        DistrictKey district = access.managedDistrict(user);
        return page(model, user, district, FreshnessSettingsForm.of(settings.intervalsOf(district),
                settings.versionOf(district)));
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('COUNTY_ADMIN')")
    String change(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("settingsForm") FreshnessSettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DistrictKey district = access.managedDistrict(user);
        form.check(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, user, district, form);
        }
        try {
            settings.change(district, form.intervals(), form.getVersion());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, user, district, form);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + SETTINGS;
    }

    @PostMapping("/offers/{id}/confirm")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String confirmWithdrawn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            confirmations.confirmWithdrawn(OfferId.of(id), user);
        } catch (OfferTransitionNotAllowed refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", refused);
            model.addAttribute("offerId", id);
            return "directory/offers/conflict";
        }
        redirect.addFlashAttribute("flash", "directory.freshness.restored");
        return "redirect:/app/directory/offers/" + id;
    }

    /** A number field of the form with its bounds and default, for the hint. */
    public record Field(String name, int min, int max, int defaultValue) {}

    private String page(Model model, CurrentUser user, DistrictKey district, FreshnessSettingsForm form) {
        model.addAttribute("settingsForm", form);
        model.addAttribute("fields", FreshnessSettingsForm.FIELDS.stream()
                .map(field -> new Field(field, FreshnessIntervals.bounds(field)[0],
                        FreshnessIntervals.bounds(field)[1], FreshnessSettingsForm.defaultOf(field)))
                .toList());
        model.addAttribute("editable", user.hasRole(Role.COUNTY_ADMIN));
        model.addAttribute("district", district);
        model.addAttribute("lastRun", settings.lastRun(district).orElse(null));
        return "directory/freshness/settings";
    }
}
