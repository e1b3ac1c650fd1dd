package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationInUse;
import de.integrationsnetz.directory.organisation.OrganisationListItem;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.directory.organisation.PossibleDuplicate;
import de.integrationsnetz.directory.organisation.RemovalCheck;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.web.Htmx;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The district's organisations in the back office: a searchable, filterable, sortable list; the detail page with
 * contact persons and locations; create, edit (with conflict detection) and delete (with confirmation, only when
 * nothing depends on the organisation). Providers see and edit only their own organisation.
 */
@Controller
@RequestMapping("/app/directory/organisations")
class OrganisationController {

    static final String BASE = "/app/directory/organisations";
    private static final int PAGE_SIZE = 25;
    private static final Map<String, Sort> COLUMNS = Map.of(
            "name", Sort.by("nameKey"),
            "city", Sort.by("address.city", "nameKey"),
            "updated", Sort.by("updatedAt", "nameKey"));

    private final OrganisationManagement organisations;
    private final LocationManagement locations;
    private final DirectoryAccess access;
    private final GeographyQueries geography;

    OrganisationController(OrganisationManagement organisations, LocationManagement locations, DirectoryAccess access,
            GeographyQueries geography) {
        this.organisations = organisations;
        this.locations = locations;
        this.access = access;
        this.geography = geography;
    }

    @GetMapping
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OrganisationScope scope = access.scope(user);
        OrganisationType typeFilter = OrganisationType.parse(type);
        MunicipalityKey municipalityFilter = MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality)
                : null;
        OrganisationStatus statusFilter = parseStatus(status);
        SortOrder order = SortOrder.of(sort, dir, COLUMNS, "name");
        Page<OrganisationListItem> results = organisations.list(user,
                new OrganisationFilter(q, typeFilter, municipalityFilter, statusFilter),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, order.toSort(COLUMNS)));
        DistrictKey district = scope.primaryDistrict();
        model.addAttribute("q", q.strip());
        model.addAttribute("type", typeFilter == null ? "" : typeFilter.name());
        model.addAttribute("municipality", municipalityFilter == null ? "" : municipalityFilter.value());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("order", order);
        model.addAttribute("results", results);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("municipalities",
                district != null && scope.managesDistrict(district) ? geography.municipalitiesOf(district) : List.of());
        model.addAttribute("canCreate", district != null && scope.managesDistrict(district));
        model.addAttribute("names", new MunicipalityNames(geography));
        UriComponentsBuilder filters = UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("q", nonEmpty(q.strip()))
                .queryParamIfPresent("type", Optional.ofNullable(typeFilter).map(Enum::name))
                .queryParamIfPresent("municipality", Optional.ofNullable(municipalityFilter).map(MunicipalityKey::value))
                .queryParamIfPresent("status", Optional.ofNullable(statusFilter).map(Enum::name));
        model.addAttribute("sortBase", filters.cloneBuilder().build().toUriString());
        model.addAttribute("pageBase", filters.cloneBuilder().queryParam("sort", order.column())
                .queryParam("dir", order.direction()).build().toUriString());
        return Htmx.wantsFragment(request, response) ? "directory/organisations/list :: results"
                : "directory/organisations/list";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryPermissions.MANAGE_ORGANISATIONS)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        DistrictKey district = access.managedDistrict(user);
        model.addAttribute("organisationForm", new OrganisationForm());
        return form(model, district, null);
    }

    @PostMapping
    @PreAuthorize(DirectoryPermissions.MANAGE_ORGANISATIONS)
    String create(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DistrictKey district = access.managedDistrict(user);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, district, null);
        }
        try {
            OrganisationId id = organisations.create(user, form.toDetails(), form.coordinates(),
                    form.isAcknowledgeDuplicate());
            redirect.addFlashAttribute("flash", "directory.organisation.created");
            return "redirect:" + BASE + "/" + id;
        } catch (PossibleDuplicate duplicate) {
            model.addAttribute("duplicates", duplicate.matches());
            return form(model, district, null);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, district, null);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OrganisationView organisation = organisations.get(OrganisationId.of(id), user);
        model.addAttribute("organisation", organisation);
        model.addAttribute("locations", locations.locationsOf(organisation.id(), user));
        model.addAttribute("canManage", access.scope(user).managesDistrict(organisation.district()));
        model.addAttribute("names", new MunicipalityNames(geography));
        return "directory/organisations/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OrganisationView organisation = organisations.get(OrganisationId.of(id), user);
        organisations.require(organisation.id(), user, Intent.EDIT);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return form(model, organisation.district(), organisation);
    }

    @PostMapping("/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrganisationId organisationId = OrganisationId.of(id);
        OrganisationRef owner = organisations.require(organisationId, user, Intent.EDIT);
        OrganisationView organisation = organisations.get(organisationId, user);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, owner.district(), organisation);
        }
        try {
            organisations.change(organisationId, user, form.getVersion(), form.toDetails(), form.coordinates());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, owner.district(), organisation);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, owner.district(), organisation);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(DirectoryPermissions.MANAGE_ORGANISATIONS)
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        RemovalCheck check = organisations.removalCheck(OrganisationId.of(id), user);
        model.addAttribute("check", check);
        model.addAttribute("organisation", check.organisation());
        return "directory/organisations/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryPermissions.MANAGE_ORGANISATIONS)
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            organisations.remove(OrganisationId.of(id), user);
        } catch (OrganisationInUse inUse) {
            return "redirect:" + BASE + "/" + id + "/delete";
        }
        redirect.addFlashAttribute("flash", "directory.organisation.deleted");
        return "redirect:" + BASE;
    }

    private String form(Model model, DistrictKey district, @Nullable OrganisationView organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("district", district);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("municipalities", geography.municipalitiesOf(district));
        return "directory/organisations/form";
    }

    private static @Nullable OrganisationStatus parseStatus(String status) {
        for (OrganisationStatus candidate : OrganisationStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status.strip())) {
                return candidate;
            }
        }
        return null;
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
