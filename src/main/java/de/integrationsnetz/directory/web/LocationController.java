package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * The locations of an organisation: add, edit, remove (whoever may edit the organisation). Coordinates come from the
 * postal code unless set on the map or typed in.
 */
@Controller
@RequestMapping("/app/directory/organisations/{id}/locations")
@PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
class LocationController {

    private final LocationManagement locations;
    private final OrganisationManagement organisations;
    private final GeographyQueries geography;

    LocationController(LocationManagement locations, OrganisationManagement organisations,
            GeographyQueries geography) {
        this.locations = locations;
        this.organisations = organisations;
        this.geography = geography;
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        model.addAttribute("locationForm", new LocationForm());
        return form(model, owner, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("locationForm") LocationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, owner, null);
        }
        try {
            locations.add(owner.id(), user, form.toDetails(), form.coordinates());
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, owner, null);
        }
        redirect.addFlashAttribute("flash", "directory.location.created");
        return "redirect:" + OrganisationController.BASE + "/" + id + "#locations";
    }

    @GetMapping("/{locationId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID locationId,
            Model model) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        LocationView location = locations.get(owner.id(), LocationId.of(locationId), user);
        model.addAttribute("locationForm", LocationForm.of(location));
        return form(model, owner, location);
    }

    @PostMapping("/{locationId}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID locationId,
            @Valid @ModelAttribute("locationForm") LocationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        LocationView location = locations.get(owner.id(), LocationId.of(locationId), user);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, owner, location);
        }
        try {
            locations.change(owner.id(), location.id(), user, form.getVersion(), form.toDetails(), form.coordinates());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, owner, location);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, owner, location);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + OrganisationController.BASE + "/" + id + "#locations";
    }

    @PostMapping("/{locationId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID locationId,
            RedirectAttributes redirect) {
        try {
            locations.remove(OrganisationId.of(id), LocationId.of(locationId), user);
            redirect.addFlashAttribute("flash", "directory.location.deleted");
        } catch (DirectoryRuleViolation inUse) {
            redirect.addFlashAttribute("flashProblem", inUse.messageKey());
        }
        return "redirect:" + OrganisationController.BASE + "/" + id + "#locations";
    }

    private String form(Model model, OrganisationRef owner, @Nullable LocationView location) {
        model.addAttribute("owner", owner);
        model.addAttribute("location", location);
        model.addAttribute("district", owner.district());
        model.addAttribute("types", LocationType.values());
        model.addAttribute("municipalities", geography.municipalitiesOf(owner.district()));
        return "directory/locations/form";
    }
}
