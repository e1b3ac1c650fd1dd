package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.account.AccountToken;
import de.integrationsnetz.identity.account.InvalidLinkException;
import de.integrationsnetz.identity.account.PasswordLinks;
import de.integrationsnetz.identity.account.PasswordPolicy;
import de.integrationsnetz.identity.account.PasswordRejectedException;
import de.integrationsnetz.identity.account.TokenPurpose;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages behind the e-mailed one-time links: set the first password (invitation) or a new one (reset). Public:
 * the link itself is the proof. A link that cannot be used shows a page saying why and what to do next.
 */
@Controller
class OneTimeLinkController {

    private final PasswordLinks passwordLinks;

    OneTimeLinkController(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(TokenPurpose.INVITATION, token, new PasswordForm(), model, response);
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return submit(TokenPurpose.INVITATION, token, form, errors, model, response);
    }

    @GetMapping("/password/reset/{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(TokenPurpose.PASSWORD_RESET, token, new PasswordForm(), model, response);
    }

    @PostMapping("/password/reset/{token}")
    String resetPassword(@PathVariable String token, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return submit(TokenPurpose.PASSWORD_RESET, token, form, errors, model, response);
    }

    private String form(TokenPurpose purpose, String token, PasswordForm form, Model model,
            HttpServletResponse response) {
        PasswordLinks.LinkCheck check = passwordLinks.check(token, purpose);
        if (!check.usable()) {
            return invalid(purpose, check.usability(), model, response);
        }
        form.forget();
        model.addAttribute("passwordForm", form);
        model.addAttribute("purpose", purpose.name());
        model.addAttribute("email", check.email());
        model.addAttribute("action", actionOf(purpose, token));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/password/set";
    }

    private String submit(TokenPurpose purpose, String token, PasswordForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        try {
            if (purpose == TokenPurpose.INVITATION) {
                passwordLinks.acceptInvitation(token, form.getPassword(), form.getPasswordConfirmation());
                return "redirect:/login?activated";
            }
            passwordLinks.resetPassword(token, form.getPassword(), form.getPasswordConfirmation());
            return "redirect:/login?reset";
        } catch (PasswordRejectedException e) {
            PasswordErrors.reject(errors, e.violations());
            return form(purpose, token, form, model, response);
        } catch (InvalidLinkException e) {
            return invalid(purpose, e.reason(), model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            // The same link was submitted twice at the same moment: the other submission set the password.
            return invalid(purpose, AccountToken.Usability.USED, model, response);
        }
    }

    private static String invalid(TokenPurpose purpose, AccountToken.Usability reason, Model model,
            HttpServletResponse response) {
        response.setStatus(reason == AccountToken.Usability.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_GONE);
        model.addAttribute("purpose", purpose.name());
        model.addAttribute("reason", reason.name());
        return "identity/password/link-invalid";
    }

    private static String actionOf(TokenPurpose purpose, String token) {
        return (purpose == TokenPurpose.INVITATION ? "/invitation/" : "/password/reset/") + token;
    }
}
