package de.integrationsnetz.directory.web;

import de.integrationsnetz.coordination.CoordinatorSummary;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.cooperation.CooperationFilter;
import de.integrationsnetz.directory.cooperation.CooperationListItem;
import de.integrationsnetz.directory.cooperation.CooperationManagement;
import de.integrationsnetz.directory.cooperation.CooperationPermissions;
import de.integrationsnetz.directory.cooperation.CooperationSort;
import de.integrationsnetz.directory.cooperation.CooperationType;
import de.integrationsnetz.directory.cooperation.NetworkOrganisation;
import de.integrationsnetz.directory.cooperation.NetworkScope;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.web.Htmx;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The district's cooperations: a list with filters (type, organisation, running today or all), sorting and paging;
 * create, edit (with conflict detection) and delete (after a confirmation page). Municipality staff read the
 * cooperations of their municipality's organisations; only coordinators and county admins change them.
 */
@Controller
@RequestMapping(CooperationController.BASE)
class CooperationController {

    static final String BASE = "/app/directory/cooperations";
    private static final int PAGE_SIZE = 25;

    private final CooperationManagement cooperations;

    CooperationController(CooperationManagement cooperations) {
        this.cooperations = cooperations;
    }

    @GetMapping
    @PreAuthorize(CooperationPermissions.READ)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "current") String period,
            @RequestParam(defaultValue = "organisation") String sort, @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        NetworkScope scope = cooperations.scope(user);
        CooperationType typeFilter = CooperationType.parse(type);
        UUID organisationFilter = uuid(organisation);
        boolean all = "all".equals(period);
        CooperationSort column = sortColumn(sort);
        boolean descending = "desc".equalsIgnoreCase(dir);
        Page<CooperationListItem> results = cooperations.list(user,
                new CooperationFilter(typeFilter, organisationFilter == null ? null : OrganisationId.of(organisationFilter),
                        !all),
                column, descending, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        String columnName = column.name().toLowerCase(Locale.ROOT);
        model.addAttribute("type", typeFilter == null ? "" : typeFilter.name());
        model.addAttribute("organisation", organisationFilter == null ? "" : organisationFilter.toString());
        model.addAttribute("period", all ? "all" : "current");
        model.addAttribute("order", new SortOrder(columnName, descending));
        model.addAttribute("results", results);
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("organisations", cooperations.organisationsFor(user));
        model.addAttribute("canEdit", scope.canEdit());
        UriComponentsBuilder filters = UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("type", Optional.ofNullable(typeFilter).map(Enum::name))
                .queryParamIfPresent("organisation", Optional.ofNullable(organisationFilter).map(UUID::toString))
                .queryParamIfPresent("period", all ? Optional.of("all") : Optional.empty());
        model.addAttribute("sortBase", filters.cloneBuilder().build().toUriString());
        model.addAttribute("pageBase", filters.cloneBuilder().queryParam("sort", columnName)
                .queryParam("dir", descending ? "desc" : "asc").build().toUriString());
        return Htmx.wantsFragment(request, response) ? "directory/cooperations/list :: results"
                : "directory/cooperations/list";
    }

    @GetMapping("/new")
    @PreAuthorize(CooperationPermissions.EDIT)
    String createForm(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String organisation, Model model) {
        model.addAttribute("cooperationForm", CooperationForm.startingToday(cooperations.today(), uuid(organisation)));
        return form(model, user, null);
    }

    @PostMapping
    @PreAuthorize(CooperationPermissions.EDIT)
    String create(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("cooperationForm") CooperationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, user, null);
        }
        try {
            cooperations.create(user, form.toDetails());
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, user, null);
        }
        redirect.addFlashAttribute("flash", "directory.cooperation.created");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CooperationPermissions.EDIT)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CooperationListItem cooperation = cooperations.get(CooperationId.of(id), user);
        model.addAttribute("cooperationForm", CooperationForm.of(cooperation));
        return form(model, user, cooperation);
    }

    @PostMapping("/{id}")
    @PreAuthorize(CooperationPermissions.EDIT)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("cooperationForm") CooperationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CooperationId cooperationId = CooperationId.of(id);
        CooperationListItem cooperation = cooperations.get(cooperationId, user);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, user, cooperation);
        }
        try {
            cooperations.change(cooperationId, user, form.getVersion(), form.toDetails());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, user, cooperation);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, user, cooperation);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(CooperationPermissions.EDIT)
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("cooperation", cooperations.get(CooperationId.of(id), user));
        return "directory/cooperations/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(CooperationPermissions.EDIT)
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        cooperations.remove(CooperationId.of(id), user);
        redirect.addFlashAttribute("flash", "directory.cooperation.deleted");
        return "redirect:" + BASE;
    }

    private String form(Model model, CurrentUser user, @Nullable CooperationListItem cooperation) {
        List<NetworkOrganisation> organisations = cooperations.organisationsFor(user);
        List<CoordinatorSummary> coordinators = cooperations.coordinatorsFor(user);
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("organisations", organisations);
        model.addAttribute("coordinators", coordinators);
        boolean formerCoordinator = cooperation != null && cooperation.partner().isCoordinator()
                && coordinators.stream().noneMatch(c -> c.id().value().equals(cooperation.partner().id()));
        model.addAttribute("formerCoordinator", formerCoordinator ? cooperation.partner() : null);
        return "directory/cooperations/form";
    }

    private static CooperationSort sortColumn(String sort) {
        for (CooperationSort candidate : CooperationSort.values()) {
            if (candidate.name().equalsIgnoreCase(sort.strip())) {
                return candidate;
            }
        }
        return CooperationSort.ORGANISATION;
    }

    static @Nullable UUID uuid(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
