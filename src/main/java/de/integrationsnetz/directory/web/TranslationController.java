package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationListItem;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.workbench.LanguageCounts;
import de.integrationsnetz.directory.workbench.TextRow;
import de.integrationsnetz.directory.workbench.TextSheet;
import de.integrationsnetz.directory.workbench.TextTranslations;
import de.integrationsnetz.directory.workbench.TranslationReview;
import de.integrationsnetz.directory.workbench.TranslationSheet;
import de.integrationsnetz.directory.workbench.TranslationWorkbench;
import de.integrationsnetz.directory.workbench.WorkList;
import de.integrationsnetz.directory.workbench.WorkListFilter;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.web.Htmx;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The translation workbench: the work list of offers with their translation status per language, an offer's field ×
 * language grid, and the editor of one language (German source beside each field, word differences for outdated
 * ones, hidden version against concurrent edits, removing a translation after a confirmation). Same scope as
 * editing the offer: coordinators and county admins of its district, providers for their own organisation.
 */
@Controller
class TranslationController {

    static final String LIST = "/app/directory/translations";
    static final String OFFERS = "/app/directory/offers";
    private static final int PAGE_SIZE = 25;

    private final TranslationWorkbench workbench;
    private final TranslationReview review;
    private final TextTranslations texts;
    private final OrganisationManagement organisations;

    TranslationController(TranslationWorkbench workbench, TranslationReview review, TextTranslations texts,
            OrganisationManagement organisations) {
        this.workbench = workbench;
        this.review = review;
        this.texts = texts;
        this.organisations = organisations;
    }


    // --- work list ---------------------------------------------------------------------------------------------

    @GetMapping(LIST)
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String offerStatus, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ContentLanguage languageFilter = target(language).orElse(null);
        TranslationStatus statusFilter = parse(TranslationStatus.class, status);
        OfferStatus offerStatusFilter = parse(OfferStatus.class, offerStatus);
        OrganisationId organisationFilter = uuid(organisation).map(OrganisationId::of).orElse(null);
        SortOrder order = SortOrder.of(sort, dir, TranslationWorkbench.COLUMNS, "name");
        WorkList results = workbench.workList(user, new WorkListFilter(q, languageFilter, statusFilter,
                organisationFilter, offerStatusFilter), order, page, PAGE_SIZE);
        model.addAttribute("q", q.strip());
        model.addAttribute("language", languageFilter == null ? "" : languageFilter.code());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("organisation", organisationFilter == null ? "" : organisationFilter.toString());
        model.addAttribute("offerStatus", offerStatusFilter == null ? "" : offerStatusFilter.name());
        model.addAttribute("order", order);
        model.addAttribute("results", results.page());
        model.addAttribute("totals", results.totals());
        model.addAttribute("targets", LanguageCounts.TARGETS);
        UriComponentsBuilder filters = UriComponentsBuilder.fromPath(LIST)
                .queryParamIfPresent("q", nonEmpty(q.strip()))
                .queryParamIfPresent("language", Optional.ofNullable(languageFilter).map(ContentLanguage::code))
                .queryParamIfPresent("status", Optional.ofNullable(statusFilter).map(Enum::name))
                .queryParamIfPresent("organisation", Optional.ofNullable(organisationFilter).map(Object::toString))
                .queryParamIfPresent("offerStatus", Optional.ofNullable(offerStatusFilter).map(Enum::name));
        model.addAttribute("sortBase", filters.cloneBuilder().build().toUriString());
        model.addAttribute("pageBase", filters.cloneBuilder().queryParam("sort", order.column())
                .queryParam("dir", order.direction()).build().toUriString());
        if (Htmx.wantsFragment(request, response)) {
            return "directory/translations/list :: results";
        }
        model.addAttribute("statuses", TranslationStatus.values());
        model.addAttribute("offerStatuses", OfferStatus.values());
        model.addAttribute("organisations", visibleOrganisations(user));
        return "directory/translations/list";
    }

    // --- one offer ---------------------------------------------------------------------------------------------

    @GetMapping(OFFERS + "/{id}/translations")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String grid(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("grid", workbench.grid(OfferId.of(id), user));
        model.addAttribute("reviewer", user.hasRole(Role.COORDINATOR) || user.hasRole(Role.COUNTY_ADMIN));
        model.addAttribute("targets", LanguageCounts.TARGETS);
        return "directory/translations/grid";
    }

    @GetMapping(OFFERS + "/{id}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            Model model) {
        TranslationSheet sheet = workbench.sheet(OfferId.of(id), requireTarget(lang), user);
        model.addAttribute("translationForm", TranslationForm.of(sheet));
        model.addAttribute("sheet", sheet);
        return "directory/translations/form";
    }

    @PostMapping(OFFERS + "/{id}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            @ModelAttribute("translationForm") TranslationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OfferId offerId = OfferId.of(id);
        TranslationSheet sheet = workbench.sheet(offerId, language, user);
        check(form, sheet, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("sheet", sheet);
            return "directory/translations/form";
        }
        try {
            workbench.save(offerId, language, user, form.getVersion(), form.inputs());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            return conflict(form, errors, workbench.sheet(offerId, language, user), model, response);
        }
        redirect.addFlashAttribute("flash", sheet.reviewed() ? "directory.translations.review.sent"
                : "directory.translations.saved");
        return "redirect:" + OFFERS + "/" + id + "/translations";
    }

    @PostMapping(OFFERS + "/{id}/translations/{lang}/remove")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            @RequestParam String field, @RequestParam long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OfferId offerId = OfferId.of(id);
        TranslatedField translated = parse(TranslatedField.class, field);
        if (translated == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown field " + field);
        }
        try {
            workbench.remove(offerId, language, translated, user, version);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            TranslationSheet sheet = workbench.sheet(offerId, language, user);
            TranslationForm form = TranslationForm.of(sheet);
            BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form,
                    "translationForm");
            model.addAttribute("translationForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "translationForm", errors);
            return conflict(form, errors, sheet, model, response);
        }
        redirect.addFlashAttribute("flash", "directory.translations.removed");
        return "redirect:" + OFFERS + "/" + id + "/translations/" + language.code();
    }

    // --- organisations and locations -----------------------------------------------------------------------------

    static final String ORGANISATIONS = "/app/directory/organisations";

    @GetMapping(LIST + "/organisations")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String textList(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ContentLanguage languageFilter = target(language).orElse(null);
        TranslationStatus statusFilter = parse(TranslationStatus.class, status);
        List<TextRow> rows = texts.workList(user, q, languageFilter, statusFilter);
        model.addAttribute("q", q.strip());
        PageRequest request = PageRequest.of(Math.max(page, 0), TEXT_PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), rows.size());
        int to = Math.min(from + TEXT_PAGE_SIZE, rows.size());
        model.addAttribute("results", new PageImpl<>(rows.subList(from, to), request, rows.size()));
        model.addAttribute("language", languageFilter == null ? "" : languageFilter.code());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("statuses", TranslationStatus.values());
        model.addAttribute("targets", LanguageCounts.TARGETS);
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath(LIST + "/organisations")
                .queryParamIfPresent("q", nonEmpty(q.strip()))
                .queryParamIfPresent("language", Optional.ofNullable(languageFilter).map(ContentLanguage::code))
                .queryParamIfPresent("status", Optional.ofNullable(statusFilter).map(Enum::name))
                .build().toUriString());
        return "directory/translations/texts";
    }

    @GetMapping(ORGANISATIONS + "/{id}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String organisationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable String lang, Model model) {
        return textForm(texts.organisationSheet(OrganisationId.of(id), requireTarget(lang), user), model);
    }

    @GetMapping(ORGANISATIONS + "/{id}/locations/{locationId}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String locationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID locationId, @PathVariable String lang, Model model) {
        return textForm(texts.locationSheet(OrganisationId.of(id), LocationId.of(locationId), requireTarget(lang),
                user), model);
    }

    @PostMapping(ORGANISATIONS + "/{id}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String saveOrganisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable String lang, @ModelAttribute("translationForm") TranslationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OrganisationId organisation = OrganisationId.of(id);
        return saveText(() -> texts.organisationSheet(organisation, language, user),
                () -> texts.saveOrganisation(organisation, language, user, form.getVersion(), form.inputs()),
                form, errors, model, redirect, response);
    }

    @PostMapping(ORGANISATIONS + "/{id}/locations/{locationId}/translations/{lang}")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String saveLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID locationId, @PathVariable String lang,
            @ModelAttribute("translationForm") TranslationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OrganisationId organisation = OrganisationId.of(id);
        LocationId location = LocationId.of(locationId);
        return saveText(() -> texts.locationSheet(organisation, location, language, user),
                () -> texts.saveLocation(organisation, location, language, user, form.getVersion(), form.inputs()),
                form, errors, model, redirect, response);
    }

    @PostMapping(ORGANISATIONS + "/{id}/translations/{lang}/remove")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String removeOrganisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable String lang, @RequestParam String field, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OrganisationId organisation = OrganisationId.of(id);
        TranslatedField translated = requireField(field);
        return removeText(() -> texts.organisationSheet(organisation, language, user),
                () -> texts.removeOrganisation(organisation, language, translated, user, version), model, redirect,
                response);
    }

    @PostMapping(ORGANISATIONS + "/{id}/locations/{locationId}/translations/{lang}/remove")
    @PreAuthorize(DirectoryPermissions.EDIT_ORGANISATIONS)
    String removeLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID locationId, @PathVariable String lang, @RequestParam String field,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        OrganisationId organisation = OrganisationId.of(id);
        LocationId location = LocationId.of(locationId);
        TranslatedField translated = requireField(field);
        return removeText(() -> texts.locationSheet(organisation, location, language, user),
                () -> texts.removeLocation(organisation, location, language, translated, user, version), model,
                redirect, response);
    }

    private static final int TEXT_PAGE_SIZE = 50;

    private static String textForm(TextSheet sheet, Model model) {
        model.addAttribute("translationForm", TranslationForm.of(sheet));
        model.addAttribute("sheet", sheet);
        return "directory/translations/text-form";
    }

    private static String saveText(java.util.function.Supplier<TextSheet> sheetNow, Runnable save,
            TranslationForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        TextSheet sheet = sheetNow.get();
        check(form, sheet::field, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("sheet", sheet);
            return "directory/translations/text-form";
        }
        try {
            save.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            TextSheet current = sheetNow.get();
            errors.reject(FormErrors.CONFLICT);
            form.setVersion(current.version());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("sheet", current);
            return "directory/translations/text-form";
        }
        redirect.addFlashAttribute("flash", "directory.translations.saved");
        return "redirect:" + sheet.path();
    }

    private static String removeText(java.util.function.Supplier<TextSheet> sheetNow, Runnable remove, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            remove.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            TextSheet sheet = sheetNow.get();
            TranslationForm form = TranslationForm.of(sheet);
            BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form,
                    "translationForm");
            errors.reject(FormErrors.CONFLICT);
            model.addAttribute("translationForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "translationForm", errors);
            model.addAttribute("sheet", sheet);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "directory/translations/text-form";
        }
        redirect.addFlashAttribute("flash", "directory.translations.removed");
        return "redirect:" + sheetNow.get().path();
    }

    private static TranslatedField requireField(String field) {
        TranslatedField translated = parse(TranslatedField.class, field);
        if (translated == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown field " + field);
        }
        return translated;
    }

    // --- review of providers' translations of published offers -------------------------------------------------

    @GetMapping(OFFERS + "/{id}/translations/{lang}/review")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String reviewPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            Model model) {
        model.addAttribute("review", review.sheet(OfferId.of(id), requireTarget(lang), user));
        return "directory/translations/review";
    }

    @PostMapping(OFFERS + "/{id}/translations/{lang}/review/accept")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        try {
            review.accept(OfferId.of(id), language, user, version);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            return reviewConflict(OfferId.of(id), language, user, null, model, response);
        }
        redirect.addFlashAttribute("flash", "directory.translations.review.accepted");
        return "redirect:/app/directory/review";
    }

    @PostMapping(OFFERS + "/{id}/translations/{lang}/review/reject")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String lang,
            @RequestParam long version, @RequestParam(defaultValue = "") String note, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ContentLanguage language = requireTarget(lang);
        if (note.length() > 2000) {
            note = note.substring(0, 2000);
        }
        try {
            review.reject(OfferId.of(id), language, user, version, note);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            return reviewConflict(OfferId.of(id), language, user, note, model, response);
        }
        redirect.addFlashAttribute("flash", "directory.translations.review.rejected");
        return "redirect:/app/directory/review";
    }

    /** The proposal changed since the page was opened: show it as it is now, with the conflict message. */
    private String reviewConflict(OfferId id, ContentLanguage language, CurrentUser user, @Nullable String note,
            Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("review", review.sheet(id, language, user));
        model.addAttribute("conflict", true);
        model.addAttribute("note", note == null ? "" : note);
        return "directory/translations/review";
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * Someone else changed the offer: the form shows the message, the current German texts and statuses, and keeps
     * what the user typed; it now carries the current version, so saving again overwrites deliberately.
     */
    private static String conflict(TranslationForm form, BindingResult errors, TranslationSheet current, Model model,
            HttpServletResponse response) {
        errors.reject(FormErrors.CONFLICT);
        form.setVersion(current.version());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("sheet", current);
        return "directory/translations/form";
    }

    /** Length limits, and a blank field that has a translation (removing has its own button with a confirmation). */
    private static void check(TranslationForm form, TranslationSheet sheet, BindingResult errors) {
        check(form, sheet::field, errors);
    }

    private static void check(TranslationForm form,
            java.util.function.Function<TranslatedField, Optional<TranslationSheet.Field>> fields,
            BindingResult errors) {
        for (int i = 0; i < form.getFields().size(); i++) {
            TranslationForm.Entry entry = form.getFields().get(i);
            Optional<TranslationSheet.Field> field = TranslationForm.field(entry).flatMap(fields);
            if (field.isEmpty()) {
                continue;
            }
            String path = "fields[" + i + "].text";
            Object label = new DefaultMessageSourceResolvable("directory.offer.translated-field." + field.get().field());
            String text = entry.getText().strip();
            if (text.length() > field.get().maxLength()) {
                errors.rejectValue(path, "directory.translations.validation.too-long",
                        new Object[] {label, field.get().maxLength()}, null);
            } else if (text.isEmpty() && field.get().exists()) {
                errors.rejectValue(path, "directory.translations.validation.blank", new Object[] {label}, null);
            }
        }
    }

    private static ContentLanguage requireTarget(String code) {
        return target(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No translations into " + code));
    }

    /** A target language by its exact code (en, uk, ru, ar, fa, tr); German and anything else are none. */
    private static Optional<ContentLanguage> target(String code) {
        return LanguageCounts.TARGETS.stream().filter(language -> language.code().equals(code)).findFirst();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst().orElse(null);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private List<OrganisationListItem> visibleOrganisations(CurrentUser user) {
        return organisations.list(user, OrganisationFilter.NONE, PageRequest.of(0, 1000, Sort.by("nameKey")))
                .getContent();
    }
}
