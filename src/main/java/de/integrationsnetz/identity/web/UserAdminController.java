package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.account.AccountManagement;
import de.integrationsnetz.identity.account.AccountNotFoundException;
import de.integrationsnetz.identity.account.AccountSearch;
import de.integrationsnetz.identity.account.AccountStatus;
import de.integrationsnetz.identity.account.AccountSummary;
import de.integrationsnetz.identity.account.AccountView;
import de.integrationsnetz.identity.account.EmailAlreadyUsedException;
import de.integrationsnetz.identity.account.SelfLockoutException;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.UiLanguages;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
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

/** User administration of a county administration: the accounts of their own district. */
@Controller
@RequestMapping("/app/users")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class UserAdminController {

    static final int PAGE_SIZE = 20;

    private final AccountManagement management;
    private final MunicipalityChoices municipalities;

    UserAdminController(AccountManagement management, MunicipalityChoices municipalities) {
        this.management = management;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "name,asc") String sort, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Role roleFilter = AccountFormRules.role(role == null ? "" : role);
        AccountStatus statusFilter = Arrays.stream(AccountStatus.values())
                .filter(candidate -> candidate.name().equals(status))
                .findFirst()
                .orElse(null);
        String text = q == null || q.isBlank() ? null : q.strip();
        UserListSort sortChoice = UserListSort.parse(sort);
        Page<AccountSummary> results = management.search(admin, new AccountSearch(text, roleFilter, statusFilter),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, sortChoice.toSort()));

        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/app/users");
        if (text != null) {
            base.queryParam("q", text);
        }
        if (roleFilter != null) {
            base.queryParam("role", roleFilter.name());
        }
        if (statusFilter != null) {
            base.queryParam("status", statusFilter.name());
        }
        String filterUrl = base.build().encode().toUriString();
        model.addAttribute("pageOfResults", results);
        model.addAttribute("district", municipalities.districtName(AccountManagement.districtOf(admin)));
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("role", roleFilter == null ? "" : roleFilter.name());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("sort", sortChoice);
        model.addAttribute("filterUrl", filterUrl);
        model.addAttribute("pageUrl", base.cloneBuilder().queryParam("sort", sortChoice.value()).build().encode()
                .toUriString());
        model.addAttribute("roles", AccountManagement.GRANTABLE_ROLES);
        model.addAttribute("statuses", AccountStatus.values());
        return Htmx.wantsFragment(request, response) ? "identity/users/list :: results" : "identity/users/list";
    }

    @GetMapping("/invite")
    String inviteForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("form", new InviteForm());
        return showInviteForm(admin, model);
    }

    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal CurrentUser admin, @ModelAttribute("form") InviteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        form.validate(errors, AccountManagement.districtOf(admin), municipalities);
        if (errors.hasErrors()) {
            return showInviteForm(admin, model);
        }
        try {
            AccountId id = management.invite(admin, form.toCommand());
            redirect.addFlashAttribute("flash", "identity.users.invited");
            return "redirect:/app/users/" + id;
        } catch (EmailAlreadyUsedException e) {
            errors.rejectValue("email", "identity.validation.email.taken");
            return showInviteForm(admin, model);
        }
    }

    private String showInviteForm(CurrentUser admin, Model model) {
        DistrictKey district = AccountManagement.districtOf(admin);
        model.addAttribute("roles", AccountManagement.GRANTABLE_ROLES);
        model.addAttribute("municipalities", municipalities.of(district));
        model.addAttribute("languages", languageChoices());
        return "identity/users/invite";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id, Model model) {
        AccountView account = management.find(admin, accountId(id));
        model.addAttribute("form", AccountForm.of(account));
        return showDetail(admin, account, model);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id,
            @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        AccountView account = management.find(admin, accountId(id));
        form.validate(errors, account.district(), municipalities);
        if (errors.hasErrors()) {
            return showDetail(admin, account, model);
        }
        try {
            management.update(admin, form.toCommand(account.id()));
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("form.conflict");
            return showDetail(admin, account, model);
        } catch (SelfLockoutException e) {
            errors.rejectValue("roles", "identity.users.own-admin-role");
            return showDetail(admin, account, model);
        }
        redirect.addFlashAttribute("flash", "form.saved");
        return "redirect:/app/users/" + account.id();
    }

    private String showDetail(CurrentUser admin, AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("self", account.id().equals(admin.id()));
        model.addAttribute("roles", AccountManagement.GRANTABLE_ROLES);
        model.addAttribute("municipalities", municipalities.of(account.district()));
        model.addAttribute("municipalityName",
                account.municipality() == null ? null : municipalities.nameOf(account.municipality()));
        model.addAttribute("languageName", UiLanguages.nativeName(account.language()));
        return "identity/users/detail";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id,
            RedirectAttributes redirect) {
        AccountId account = accountId(id);
        try {
            management.deactivate(admin, account);
            redirect.addFlashAttribute("flash", "identity.users.deactivated");
        } catch (SelfLockoutException e) {
            redirect.addFlashAttribute("flashError", "identity.users.cannot-deactivate-self");
        }
        return "redirect:/app/users/" + account;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id,
            RedirectAttributes redirect) {
        AccountId account = accountId(id);
        management.reactivate(admin, account);
        redirect.addFlashAttribute("flash", "identity.users.reactivated");
        return "redirect:/app/users/" + account;
    }

    @PostMapping("/{id}/resend-invitation")
    String resendInvitation(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id,
            RedirectAttributes redirect) {
        AccountId account = accountId(id);
        try {
            management.resendInvitation(admin, account);
            redirect.addFlashAttribute("flash", "identity.users.invitation-resent");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flashError", "identity.users.not-invited");
        }
        return "redirect:/app/users/" + account;
    }

    /** A malformed id is as unknown as an id of another district: 404. */
    private static AccountId accountId(String id) {
        try {
            return new AccountId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new AccountNotFoundException();
        }
    }

    static List<LanguageChoice> languageChoices() {
        return UiLanguages.CODES.stream()
                .map(code -> new LanguageChoice(code, UiLanguages.nativeName(code)))
                .toList();
    }
}
