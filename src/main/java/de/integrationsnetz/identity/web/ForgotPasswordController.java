package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.account.PasswordLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Forgot password: whoever types an address gets the same answer, whether it has an account or not, so that the
 * form cannot be used to find out who has an account. Only an active account's owner receives an e-mail.
 */
@Controller
class ForgotPasswordController {

    private final PasswordLinks passwordLinks;

    ForgotPasswordController(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
    }

    @GetMapping("/password/forgot")
    String form(Model model) {
        model.addAttribute("form", new ForgotPasswordForm());
        return "identity/password/forgot";
    }

    @PostMapping("/password/forgot")
    String request(@ModelAttribute("form") ForgotPasswordForm form, BindingResult errors) {
        if (form.getEmail().isBlank()) {
            errors.rejectValue("email", "identity.validation.email.required");
            return "identity/password/forgot";
        }
        passwordLinks.requestPasswordReset(form.getEmail());
        return "redirect:/password/forgot?sent";
    }
}
