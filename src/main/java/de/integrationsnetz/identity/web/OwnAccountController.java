package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.account.AccountView;
import de.integrationsnetz.identity.account.OwnAccount;
import de.integrationsnetz.identity.account.PasswordPolicy;
import de.integrationsnetz.identity.account.PasswordRejectedException;
import de.integrationsnetz.identity.account.WrongPasswordException;
import de.integrationsnetz.shared.UiLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in user's own account: name, e-mail, roles; change the name, the UI language and the password.
 *
 * <p>The language form stores the choice and then redirects with {@code ?lang=xx}: the platform's language
 * interceptor switches the browser's language cookie on that request (identity cannot call the platform module).
 */
@Controller
@RequestMapping("/app/account")
class OwnAccountController {

    private final OwnAccount ownAccount;
    private final SessionPrincipal sessions;
    private final MunicipalityChoices places;

    OwnAccountController(OwnAccount ownAccount, SessionPrincipal sessions, MunicipalityChoices places) {
        this.ownAccount = ownAccount;
        this.sessions = sessions;
        this.places = places;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        AccountView account = ownAccount.show(user);
        ProfileForm profile = new ProfileForm();
        profile.setDisplayName(account.displayName());
        profile.setLanguage(account.language());
        return page(account, profile, new PasswordForm(), model);
    }

    private String page(AccountView account, ProfileForm profile, PasswordForm password, Model model) {
        model.addAttribute("account", account);
        Map<String, String> placeNames = new HashMap<>();
        for (RoleGrant grant : account.grants()) {
            if (grant.district() != null) {
                placeNames.put(grant.district().value(), places.districtName(grant.district()));
            }
            if (grant.municipality() != null) {
                placeNames.put(grant.municipality().value(), places.nameOf(grant.municipality()));
            }
        }
        model.addAttribute("placeNames", placeNames);
        model.addAttribute("profile", profile);
        model.addAttribute("passwordForm", password);
        model.addAttribute("languages", UserAdminController.languageChoices());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/account";
    }

    @PostMapping("/name")
    String rename(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("profile") ProfileForm profile,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountFormRules.checkName(errors, "displayName", profile.getDisplayName());
        if (errors.hasErrors()) {
            AccountView account = ownAccount.show(user);
            profile.setLanguage(account.language());
            return page(account, profile, new PasswordForm(), model);
        }
        ownAccount.rename(user, profile.getDisplayName());
        sessions.refresh(user.id(), request, response);
        redirect.addFlashAttribute("flash", "identity.account.name-changed");
        return "redirect:/app/account";
    }

    @PostMapping("/language")
    String changeLanguage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("profile") ProfileForm profile,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!UiLanguages.isSupported(profile.getLanguage())) {
            errors.rejectValue("language", "identity.validation.language.invalid");
            AccountView account = ownAccount.show(user);
            profile.setDisplayName(account.displayName());
            return page(account, profile, new PasswordForm(), model);
        }
        ownAccount.changeLanguage(user, profile.getLanguage());
        redirect.addFlashAttribute("flash", "identity.account.language-changed");
        return "redirect:/app/account?lang=" + profile.getLanguage();
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        // Every rule the new password breaks is shown at once, together with a missing current password.
        PasswordErrors.reject(errors, PasswordPolicy.check(user.email(), form.getPassword(),
                form.getPasswordConfirmation()));
        if (form.getCurrentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "identity.password.current-required");
        }
        if (!errors.hasErrors()) {
            try {
                ownAccount.changePassword(user, form.getCurrentPassword(), form.getPassword(),
                        form.getPasswordConfirmation());
                redirect.addFlashAttribute("flash", "identity.account.password-changed");
                return "redirect:/app/account";
            } catch (WrongPasswordException e) {
                errors.rejectValue("currentPassword", "identity.password.current-wrong");
            } catch (PasswordRejectedException e) {
                PasswordErrors.reject(errors, e.violations());
            }
        }
        AccountView account = ownAccount.show(user);
        ProfileForm profile = new ProfileForm();
        profile.setDisplayName(account.displayName());
        profile.setLanguage(account.language());
        form.forget();
        return page(account, profile, form, model);
    }
}
