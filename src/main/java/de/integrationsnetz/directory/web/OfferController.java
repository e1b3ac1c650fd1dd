package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFilter;
import de.integrationsnetz.directory.offer.OfferFormOptions;
import de.integrationsnetz.directory.offer.OfferListItem;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferTransitionNotAllowed;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.organisation.ContactPersonView;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationListItem;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.directory.schedule.ScheduleText;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.web.Htmx;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The district's offers in the back office: a searchable, filterable, sortable list; the detail page with the pending
 * revision and the status actions the user may run; one form to create and edit (a provider's edit of a published
 * offer becomes a pending revision). Providers see and edit only their own organisation's offers and never review.
 * A command the status does not allow answers 409 with an explanation.
 */
@Controller
@RequestMapping("/app/directory/offers")
class OfferController {

    static final String BASE = "/app/directory/offers";
    private static final int PAGE_SIZE = 25;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<String, Sort> COLUMNS = Map.of(
            "name", Sort.by("nameKey"),
            "updated", Sort.by("updatedAt", "nameKey"),
            "status", Sort.by("status", "nameKey"));

    private final OfferManagement offers;
    private final OrganisationManagement organisations;
    private final DirectoryAccess access;
    private final GeographyQueries geography;
    private final TaxonomyCatalog catalog;
    private final SpringValidatorAdapter validator;
    private final LocationManagement locations;
    private final MessageSource messages;
    private final ScheduleText scheduleText;
    private final Clock clock;

    OfferController(OfferManagement offers, OrganisationManagement organisations, LocationManagement locations,
            DirectoryAccess access, GeographyQueries geography, TaxonomyCatalog catalog,
            jakarta.validation.Validator validator, MessageSource messages, ScheduleText scheduleText, Clock clock) {
        this.scheduleText = scheduleText;
        this.clock = clock;
        this.locations = locations;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
        this.offers = offers;
        this.organisations = organisations;
        this.access = access;
        this.geography = geography;
        this.catalog = catalog;
    }

    // --- list --------------------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        OfferStatus statusFilter = parseStatus(status);
        String categoryFilter = catalog.term(TaxonomyCatalog.CATEGORIES, category.strip()).isPresent()
                ? category.strip() : null;
        OrganisationId organisationFilter = uuid(organisation).map(OrganisationId::of).orElse(null);
        MunicipalityKey municipalityFilter = MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality)
                : null;
        SortOrder order = SortOrder.of(sort, dir, COLUMNS, "name");
        Page<OfferListItem> results = offers.list(user,
                new OfferFilter(q, statusFilter, categoryFilter, organisationFilter, municipalityFilter),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, order.toSort(COLUMNS)));
        model.addAttribute("q", q.strip());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("category", categoryFilter == null ? "" : categoryFilter);
        model.addAttribute("organisation", organisationFilter == null ? "" : organisationFilter.toString());
        model.addAttribute("municipality", municipalityFilter == null ? "" : municipalityFilter.value());
        model.addAttribute("order", order);
        model.addAttribute("results", results);
        UriComponentsBuilder filters = UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("q", nonEmpty(q.strip()))
                .queryParamIfPresent("status", Optional.ofNullable(statusFilter).map(Enum::name))
                .queryParamIfPresent("category", Optional.ofNullable(categoryFilter))
                .queryParamIfPresent("organisation", Optional.ofNullable(organisationFilter).map(Object::toString))
                .queryParamIfPresent("municipality",
                        Optional.ofNullable(municipalityFilter).map(MunicipalityKey::value));
        model.addAttribute("sortBase", filters.cloneBuilder().build().toUriString());
        model.addAttribute("pageBase", filters.cloneBuilder().queryParam("sort", order.column())
                .queryParam("dir", order.direction()).build().toUriString());
        if (Htmx.wantsFragment(request, response)) {
            // The results only: the filter form with its choices stays on the page.
            return "directory/offers/list :: results";
        }
        OrganisationScope scope = access.scope(user);
        DistrictKey district = scope.primaryDistrict();
        boolean manager = district != null && scope.managesDistrict(district);
        model.addAttribute("statuses", OfferStatus.values());
        model.addAttribute("categories", catalog.terms(TaxonomyCatalog.CATEGORIES).stream()
                .filter(term -> term.depth() == 0).toList());
        model.addAttribute("organisations", visibleOrganisations(user));
        model.addAttribute("municipalities", manager ? geography.municipalitiesOf(district) : List.of());
        model.addAttribute("language", ContentLanguage.of(locale));
        model.addAttribute("newLink", organisationFilter == null ? BASE + "/new"
                : BASE + "/new?organisation=" + organisationFilter);
        return "directory/offers/list";
    }

    // --- create ------------------------------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String createForm(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String organisation, Model model) {
        Optional<OrganisationId> chosen = uuid(organisation).map(OrganisationId::of);
        if (chosen.isEmpty()) {
            List<OrganisationListItem> choices = visibleOrganisations(user);
            if (choices.size() == 1) {
                return "redirect:" + BASE + "/new?organisation=" + choices.get(0).id();
            }
            model.addAttribute("organisations", choices);
            return "directory/offers/choose";
        }
        OfferFormOptions options = offers.options(chosen.get(), user);
        model.addAttribute("offerForm", OfferForm.empty());
        return form(model, options, null, user);
    }

    @PostMapping
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID organisation,
            @ModelAttribute("offerForm") OfferForm form, BindingResult errors,
            @RequestParam(required = false) String addSchedule, @RequestParam(required = false) Integer removeSchedule,
            Model model, RedirectAttributes redirect) {
        OfferFormOptions options = offers.options(OrganisationId.of(organisation), user);
        if (rowsChanged(form, addSchedule, removeSchedule)) {
            return form(model, options, null, user);
        }
        validator.validate(form, errors);
        form.check(errors, options);
        if (errors.hasErrors()) {
            return form(model, options, null, user);
        }
        try {
            OfferId id = offers.create(user, options.organisation().id(), form.toContent(options));
            redirect.addFlashAttribute("flash", "directory.offer.created");
            return "redirect:" + BASE + "/" + id;
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, options, null, user);
        }
    }

    // --- detail and edit ---------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        OfferView offer = offers.get(OfferId.of(id), user);
        OfferLabels labels = labels(offer, user, locale);
        model.addAttribute("offer", offer);
        model.addAttribute("labels", labels);
        model.addAttribute("schedules", offer.schedules().stream().map(labels::schedule).toList());
        model.addAttribute("changes", offer.pendingRevision() == null ? List.of()
                : OfferDiff.between(offer.content(), offer.pendingRevision(), labels));
        model.addAttribute("archiveReasons", List.of(ArchiveReason.ENDED, ArchiveReason.TEMPORARILY_CLOSED));
        return "directory/offers/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OfferView offer = offers.requireEditable(OfferId.of(id), user);
        OfferFormOptions options = offers.options(offer.organisation(), user);
        boolean continuesRevision = offer.pendingRevision() != null && !offer.may("approve-revision");
        model.addAttribute("offerForm", OfferForm.of(continuesRevision ? offer.pendingRevision() : offer.content(),
                offer.version()));
        model.addAttribute("continuesRevision", continuesRevision);
        return form(model, options, offer, user);
    }

    @PostMapping("/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("offerForm") OfferForm form, BindingResult errors,
            @RequestParam(required = false) String addSchedule, @RequestParam(required = false) Integer removeSchedule,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        OfferId offerId = OfferId.of(id);
        OfferView offer = offers.requireEditable(offerId, user);
        OfferFormOptions options = offers.options(offer.organisation(), user);
        if (rowsChanged(form, addSchedule, removeSchedule)) {
            return form(model, options, offer, user);
        }
        validator.validate(form, errors);
        form.check(errors, options);
        if (errors.hasErrors()) {
            return form(model, options, offer, user);
        }
        try {
            Offer.EditOutcome outcome = offers.edit(offerId, user, form.getVersion(), form.toContent(options));
            redirect.addFlashAttribute("flash", outcome == Offer.EditOutcome.PROPOSED
                    ? "directory.offer.revision.proposed" : "form.saved");
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject(FormErrors.CONFLICT);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, options, offer, user);
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            return form(model, options, offer, user);
        }
        return "redirect:" + BASE + "/" + id;
    }

    // --- status commands ---------------------------------------------------------------------------------------

    @PostMapping("/{id}/submit")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return command(id, () -> offers.submit(OfferId.of(id), user), "directory.offer.submitted", redirect, model,
                response);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return command(id, () -> offers.approve(OfferId.of(id), user), "directory.offer.approved", redirect, model,
                response);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        return command(id, () -> offers.reject(OfferId.of(id), user, limit(note)), "directory.offer.rejected",
                redirect, model, response);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return command(id, () -> offers.publish(OfferId.of(id), user), "directory.offer.published", redirect, model,
                response);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "ENDED") String reason, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        ArchiveReason chosen = "TEMPORARILY_CLOSED".equals(reason) ? ArchiveReason.TEMPORARILY_CLOSED
                : ArchiveReason.ENDED;
        return command(id, () -> offers.archive(OfferId.of(id), user, chosen), "directory.offer.archived", redirect,
                model, response);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return command(id, () -> offers.reopen(OfferId.of(id), user), "directory.offer.reopened", redirect, model,
                response);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return command(id, () -> offers.confirm(OfferId.of(id), user), "directory.offer.confirmed", redirect, model,
                response);
    }

    @PostMapping("/{id}/revision/approve")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String approveRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            return command(id, () -> offers.approveRevision(OfferId.of(id), user),
                    "directory.offer.revision.approved", redirect, model, response);
        } catch (DirectoryRuleViolation outdated) {
            return done(id, "directory.offer.revision.invalid", redirect);
        }
    }

    @PostMapping("/{id}/revision/reject")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String rejectRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        return command(id, () -> offers.rejectRevision(OfferId.of(id), user, limit(note)),
                "directory.offer.revision.rejected", redirect, model, response);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        String view = command(id, () -> offers.delete(OfferId.of(id), user), "directory.offer.deleted", redirect,
                model, response);
        return response.getStatus() == HttpServletResponse.SC_CONFLICT ? view : "redirect:" + BASE;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private OfferLabels labels(OfferView offer, CurrentUser user, Locale locale) {
        OrganisationView organisation = organisations.get(offer.organisation(), user);
        Map<UUID, String> contacts = organisation.contacts().stream().collect(Collectors.toMap(ContactPersonView::id,
                c -> c.functionTitle() == null ? c.name() : c.name() + " (" + c.functionTitle() + ")"));
        Map<UUID, String> places = locations.locationsOf(offer.organisation(), user).stream().collect(Collectors.toMap(
                l -> l.id().value(),
                l -> l.address().isEmpty() ? l.name() : l.name() + ", " + l.address().singleLine()));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return new OfferLabels(catalog, geography, messages, contacts, places,
                schedule -> scheduleText.describe(schedule, locale, today), locale);
    }

    private String form(Model model, OfferFormOptions options, @Nullable OfferView offer, CurrentUser user) {
        model.addAttribute("offer", offer);
        model.addAttribute("options", options);
        model.addAttribute("language", ContentLanguage.of(LocaleContextHolder.getLocale()));
        model.addAttribute("courseLevels", CourseLevel.values());
        model.addAttribute("becomesRevision", offer != null && offer.status() == OfferStatus.PUBLISHED
                && !access.scope(user).managesDistrict(offer.district()));
        return "directory/offers/form";
    }

    /** Adds or removes a schedule row; true when the form is only to be shown again. */
    private static boolean rowsChanged(OfferForm form, @Nullable String addSchedule,
            @Nullable Integer removeSchedule) {
        if (addSchedule == null && removeSchedule == null) {
            return false;
        }
        if (addSchedule != null) {
            form.addSchedule();
        }
        if (removeSchedule != null) {
            form.removeSchedule(removeSchedule);
        }
        // Nothing is saved, so the form is shown again without checking it (messages would only distract).
        return true;
    }

    private List<OrganisationListItem> visibleOrganisations(CurrentUser user) {
        return organisations.list(user, OrganisationFilter.NONE, PageRequest.of(0, 1000, Sort.by("nameKey")))
                .getContent();
    }

    /** Runs a status command; a command the offer's status does not allow answers 409 with the reason. */
    private static String command(UUID id, Runnable action, String message, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        try {
            action.run();
        } catch (OfferTransitionNotAllowed refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", refused);
            model.addAttribute("offerId", id);
            return "directory/offers/conflict";
        }
        return done(id, message, redirect);
    }

    private static String done(UUID id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:" + BASE + "/" + id;
    }

    private static String limit(String note) {
        String stripped = note.strip();
        return stripped.length() > 2000 ? stripped.substring(0, 2000) : stripped;
    }

    private static @Nullable OfferStatus parseStatus(String status) {
        for (OfferStatus candidate : OfferStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status.strip())) {
                return candidate;
            }
        }
        return null;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.strip().length() == 36 ? Optional.of(UUID.fromString(value.strip())) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
