package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.CoordinationQueries;
import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.coordination.team.CoordinationRuleViolation;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.coordination.team.Today;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The district's coordinators: list, detail, appoint, edit (with the municipality assignment) and end the assignment
 * (county admin); read (coordinators).
 */
@Controller
@RequestMapping("/app/coordination/coordinators")
class CoordinatorController {

    private static final Comparator<CoordinatorView> BY_NAME =
            Comparator.comparing(CoordinatorView::fullName, String.CASE_INSENSITIVE_ORDER);
    private static final Map<String, Comparator<CoordinatorView>> COLUMNS = Map.of(
            "name", BY_NAME,
            "office", Comparator.comparing(CoordinatorView::officeName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(BY_NAME),
            "fte", Comparator.comparing(CoordinatorView::fte).thenComparing(BY_NAME),
            "municipalities", Comparator.comparingInt((CoordinatorView c) -> c.municipalities().size())
                    .thenComparing(BY_NAME),
            "start", Comparator.comparing(CoordinatorView::startDate).thenComparing(BY_NAME));
    private static final Set<String> STATUS_FILTERS = Set.of("all", "active", "planned", "ended");

    private final CoordinatorManagement coordinators;
    private final CoordinationQueries coordination;
    private final GeographyQueries geography;
    private final Today today;

    CoordinatorController(CoordinatorManagement coordinators, CoordinationQueries coordination,
            GeographyQueries geography, Today today) {
        this.coordinators = coordinators;
        this.coordination = coordination;
        this.geography = geography;
        this.today = today;
    }

    @GetMapping
    @PreAuthorize(CoordinationPermissions.READ)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "all") String status, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, Model model) {
        DistrictKey district = CoordinationPermissions.readDistrict(user);
        String term = q.strip().toLowerCase(Locale.ROOT);
        String statusFilter = STATUS_FILTERS.contains(status) ? status : "all";
        List<CoordinatorView> matching = coordinators.coordinatorsOf(district).stream()
                .filter(c -> term.isEmpty() || (c.fullName() + " " + c.officeName()).toLowerCase(Locale.ROOT)
                        .contains(term))
                .filter(c -> statusFilter.equals("all") || c.status().name().equalsIgnoreCase(statusFilter))
                .toList();
        SortOrder order = SortOrder.of(sort, dir, COLUMNS, "name");
        model.addAttribute("coordinators", order.apply(matching, COLUMNS));
        model.addAttribute("q", q.strip());
        model.addAttribute("status", statusFilter);
        model.addAttribute("order", order);
        model.addAttribute("canManage", user.hasRoleIn(district, Role.COUNTY_ADMIN));
        return "coordination/coordinators/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(CoordinationPermissions.READ)
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        DistrictKey district = CoordinationPermissions.readDistrict(user);
        CoordinatorView coordinator = find(id, district);
        EndAssignmentForm end = new EndAssignmentForm();
        end.setVersion(coordinator.version());
        end.setEndDate(coordinator.endDate() != null ? coordinator.endDate() : today.date());
        model.addAttribute("endAssignmentForm", end);
        return detail(model, user, district, coordinator);
    }

    private String detail(Model model, CurrentUser user, DistrictKey district, CoordinatorView coordinator) {
        Map<MunicipalityKey, MunicipalitySummary> known = new HashMap<>();
        geography.municipalitiesOf(district).forEach(m -> known.put(m.key(), m));
        List<MunicipalitySummary> looksAfter = coordinator.municipalities().stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MunicipalitySummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("looksAfter", looksAfter);
        model.addAttribute("inhabitants", looksAfter.stream().mapToLong(MunicipalitySummary::population).sum());
        model.addAttribute("canManage", user.hasRoleIn(district, Role.COUNTY_ADMIN));
        return "coordination/coordinators/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        CoordinatorForm form = new CoordinatorForm();
        model.addAttribute("coordinatorForm", form);
        return form(model, district, form, null);
    }

    @PostMapping
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String create(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        checkMunicipalities(form, errors);
        if (errors.hasErrors()) {
            return form(model, district, form, null);
        }
        try {
            CoordinatorId id = coordinators.appoint(district, new OfficeId(Objects.requireNonNull(form.getOfficeId())),
                    form.toDetails(null));
            redirect.addFlashAttribute("flash", "form.saved");
            return "redirect:/app/coordination/coordinators/" + id;
        } catch (CoordinationRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, district, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        CoordinatorView coordinator = find(id, district);
        CoordinatorForm form = CoordinatorForm.of(coordinator);
        model.addAttribute("coordinatorForm", form);
        return form(model, district, form, coordinator);
    }

    @PostMapping("/{id}")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        CoordinatorView coordinator = find(id, district);
        checkMunicipalities(form, errors);
        if (errors.hasErrors()) {
            return form(model, district, form, coordinator);
        }
        try {
            coordinators.change(coordinator.id(), district, form.getVersion(),
                    new OfficeId(Objects.requireNonNull(form.getOfficeId())), form.toDetails(coordinator.account()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, district, form, coordinator);
        } catch (CoordinationRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, district, form, coordinator);
        } catch (NoSuchElementException gone) {
            throw CoordinationPermissions.notFound(id);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:/app/coordination/coordinators/" + id;
    }

    @PostMapping("/{id}/end")
    @PreAuthorize(CoordinationPermissions.MANAGE)
    String endAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("endAssignmentForm") EndAssignmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DistrictKey district = CoordinationPermissions.manageDistrict(user);
        CoordinatorView coordinator = find(id, district);
        if (errors.hasErrors()) {
            return detail(model, user, district, coordinator);
        }
        try {
            coordinators.endAssignment(coordinator.id(), district, form.getVersion(),
                    Objects.requireNonNull(form.getEndDate()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return detail(model, user, district, coordinator);
        } catch (CoordinationRuleViolation violation) {
            FormErrors.add(errors, violation);
            return detail(model, user, district, coordinator);
        } catch (NoSuchElementException gone) {
            throw CoordinationPermissions.notFound(id);
        }
        redirect.addFlashAttribute("flash", "coordination.coordinator.ended");
        return "redirect:/app/coordination/coordinators/" + id;
    }

    private CoordinatorView find(UUID id, DistrictKey district) {
        return coordinators.find(new CoordinatorId(id), district)
                .orElseThrow(() -> CoordinationPermissions.notFound(id));
    }

    private static void checkMunicipalities(CoordinatorForm form, BindingResult errors) {
        if (!form.municipalitiesWellFormed()) {
            errors.rejectValue("municipalities", "coordination.coordinator.municipalities.other-district");
        }
    }

    private String form(Model model, DistrictKey district, CoordinatorForm form,
            @Nullable CoordinatorView coordinator) {
        Map<String, List<String>> others = new HashMap<>();
        coordination.coordinatorsOf(district).stream()
                .filter(c -> coordinator == null || !c.id().equals(coordinator.id()))
                .forEach(c -> c.municipalities().forEach(
                        m -> others.computeIfAbsent(m.value(), key -> new ArrayList<>()).add(c.displayName())));
        List<MunicipalityChoice> choices = geography.municipalitiesOf(district).stream()
                .sorted(Comparator.comparing(MunicipalitySummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(m -> new MunicipalityChoice(m.key().value(), m.name(), m.population(),
                        form.getMunicipalities().contains(m.key().value()),
                        others.getOrDefault(m.key().value(), List.of())))
                .toList();
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("offices", coordination.officesOf(district));
        model.addAttribute("municipalityChoices", choices);
        return "coordination/coordinators/form";
    }
}
