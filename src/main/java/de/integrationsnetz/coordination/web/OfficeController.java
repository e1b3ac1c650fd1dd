package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.coordination.team.CoordinationRuleViolation;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.coordination.team.OfficeManagement;
import de.integrationsnetz.coordination.team.OfficeView;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district's regional offices: list, detail, create, edit, delete (county admin); read (coordinators). */
@Controller
@RequestMapping("/app/coordination/offices")
class OfficeController {

    private static final Map<String, Comparator<OfficeView>> COLUMNS = Map.of(
            "name", Comparator.comparing(OfficeView::name, String.CASE_INSENSITIVE_ORDER),
            "city", Comparator.comparing((OfficeView o) -> o.contact().city(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(OfficeView::name, String.CASE_INSENSITIVE_ORDER),
            "coordinators", Comparator.comparingInt(OfficeView::activeCoordinators)
                    .thenComparing(OfficeView::name, String.CASE_INSENSITIVE_ORDER));

    private final OfficeManagement offices;
    private final CoordinatorManagement coordinators;

    OfficeController(OfficeManagement offices, CoordinatorManagement coordinators) {
        this.offices = offices;
        this.coordinators = coordinators;
    }

    @GetMapping
    @PreAuthorize(CoordinationPermissions.READ)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        DistrictKey district = CoordinationPermissions.readDistrict(user);
        String term = q.strip().toLowerCase(Locale.ROOT);
        List<OfficeView> matching = offices.officesOf(district).stream()
                .filter(o -> term.isEmpty() || matches(o, term))
                .toList();
        SortOrder order = SortOrder.of(sort, dir, COLUMNS, "name");
        model.addAttribute("offices", order.apply(matching, COLUMNS));
        model.addAttribute("q", q.strip());
        model.addAttribute("order", order);
        model.addAttribute("canManage", user.hasRoleIn(district, Role.COUNTY_ADMIN));
        return "coordination/offices/list";
    }

    private static boolean matches(OfficeView office, String term) {
        var c = office.contact();
        return (c.name() + " " + c.street() + " " + c.postalCode() + " " + c.city())
                .toLowerCase(Locale.ROOT).contains(term);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CoordinationPermissions.READ)
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        DistrictKey district = CoordinationPermissions.readDistrict(user);
        OfficeView office = offices.find(new OfficeId(id), district)
                .orElseThrow(() -> CoordinationPermissions.notFound(id));
        List<CoordinatorView> staff = coordinators.coordinatorsOf(district).stream()
                .filter(c -> c.officeId().equals(office.id()))
                .toList();
        model.addAttribute("office", office);
        model.addAttribute("staff", staff);
        model.addAttribute("canManage", user.hasRoleIn(district, Role.COUNTY_ADMIN));
        return "coordination/offices/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        CoordinationPermissions.manageDistrict(user);
        model.addAttribute("officeForm", new OfficeForm());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        checkContact(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            OfficeId id = offices.open(district, form.toDetails());
            redirect.addFlashAttribute("flash", "form.saved");
            return "redirect:/app/coordination/offices/" + id;
        } catch (CoordinationRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        OfficeView office = offices.find(new OfficeId(id), district)
                .orElseThrow(() -> CoordinationPermissions.notFound(id));
        model.addAttribute("officeForm", OfficeForm.of(office));
        return form(model, office);
    }

    @PostMapping("/{id}")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("officeForm") OfficeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        OfficeView office = offices.find(new OfficeId(id), district)
                .orElseThrow(() -> CoordinationPermissions.notFound(id));
        checkContact(form, errors);
        if (errors.hasErrors()) {
            return form(model, office);
        }
        try {
            offices.change(office.id(), district, form.getVersion(), form.toDetails());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, office);
        } catch (CoordinationRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, office);
        } catch (NoSuchElementException gone) {
            throw CoordinationPermissions.notFound(id);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:/app/coordination/offices/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        OfficeView office = offices.find(new OfficeId(id), district)
                .orElseThrow(() -> CoordinationPermissions.notFound(id));
        try {
            offices.close(office.id(), district);
        } catch (CoordinationRuleViolation inUse) {
            redirect.addFlashAttribute("flashProblem", inUse.messageKey());
            return "redirect:/app/coordination/offices/" + id;
        } catch (NoSuchElementException gone) {
            throw CoordinationPermissions.notFound(id);
        }
        redirect.addFlashAttribute("flash", "coordination.office.deleted");
        return "redirect:/app/coordination/offices";
    }

    private static void checkContact(OfficeForm form, BindingResult errors) {
        if (!form.hasContact() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "coordination.office.contact.required");
        }
    }

    private static String form(Model model, @org.jspecify.annotations.Nullable OfficeView office) {
        model.addAttribute("office", office);
        return "coordination/offices/form";
    }
}
