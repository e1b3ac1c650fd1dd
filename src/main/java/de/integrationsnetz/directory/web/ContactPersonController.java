package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.organisation.ContactPersonView;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
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

/** The contact persons of an organisation: add, edit, remove (whoever may edit the organisation). */
@Controller
@RequestMapping("/app/directory/organisations/{id}/contacts")
@PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
class ContactPersonController {

    private final OrganisationManagement organisations;

    ContactPersonController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        model.addAttribute("contactPersonForm", new ContactPersonForm());
        return form(model, owner, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("contactPersonForm") ContactPersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        if (errors.hasErrors()) {
            return form(model, owner, null);
        }
        try {
            organisations.addContact(owner.id(), user, form.toDetails());
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, owner, null);
        }
        redirect.addFlashAttribute("flash", "directory.contact.created");
        return "redirect:" + OrganisationController.BASE + "/" + id + "#contacts";
    }

    @GetMapping("/{contactId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId,
            Model model) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        ContactPersonView contact = organisations.contact(owner.id(), contactId, user);
        model.addAttribute("contactPersonForm", ContactPersonForm.of(contact));
        return form(model, owner, contact);
    }

    @PostMapping("/{contactId}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId,
            @Valid @ModelAttribute("contactPersonForm") ContactPersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrganisationRef owner = organisations.require(OrganisationId.of(id), user, Intent.EDIT);
        ContactPersonView contact = organisations.contact(owner.id(), contactId, user);
        if (errors.hasErrors()) {
            return form(model, owner, contact);
        }
        try {
            organisations.changeContact(owner.id(), contactId, user, form.getVersion(), form.toDetails());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, owner, contact);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, owner, contact);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + OrganisationController.BASE + "/" + id + "#contacts";
    }

    @PostMapping("/{contactId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId,
            RedirectAttributes redirect) {
        organisations.removeContact(OrganisationId.of(id), contactId, user);
        redirect.addFlashAttribute("flash", "directory.contact.deleted");
        return "redirect:" + OrganisationController.BASE + "/" + id + "#contacts";
    }

    private static String form(Model model, OrganisationRef owner, @Nullable ContactPersonView contact) {
        model.addAttribute("owner", owner);
        model.addAttribute("contact", contact);
        return "directory/contacts/form";
    }
}
