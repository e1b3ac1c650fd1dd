package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.freshness.Confirmations;
import de.integrationsnetz.directory.freshness.Confirmations.CorrectionOutcome;
import de.integrationsnetz.directory.freshness.Confirmations.CorrectionStart;
import de.integrationsnetz.directory.freshness.Confirmations.LinkView;
import de.integrationsnetz.directory.freshness.Confirmations.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages behind a confirmation mail's one-time link (docs/directory.md §6.4). GET only shows the offer and
 * the two choices (mail scanners prefetch links, so looking never uses a link up); POST "still current" confirms and
 * uses the link; "changes needed" opens a limited correction form without login (GET never uses the link; POST
 * proposes the changes for review or ends the offer, confirms it and uses the link); POST "changes" leads to the
 * offer's full form after login and leaves the link usable. An unknown, used, expired or superseded link answers 410
 * with a page that says which and what to do.
 */
@Controller
@RequestMapping("/confirm/{token}")
class ConfirmationController {

    private final Confirmations confirmations;

    ConfirmationController(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        LinkView view = confirmations.inspect(token);
        if (!view.usable()) {
            return invalid(view.usability().name(), model, response);
        }
        model.addAttribute("offer", view.offer());
        model.addAttribute("token", token);
        return "directory/confirm/offer";
    }

    @PostMapping
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        Outcome outcome = confirmations.confirm(token);
        return switch (outcome) {
            case CONFIRMED, RESTORED -> {
                model.addAttribute("restored", outcome == Outcome.RESTORED);
                yield "directory/confirm/done";
            }
            case NOT_CONFIRMABLE -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("reason", outcome.name());
                yield "directory/confirm/invalid";
            }
            default -> invalid(outcome.name(), model, response);
        };
    }


    @GetMapping("/correction")
    String correctionForm(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        CorrectionStart start = confirmations.startCorrection(token);
        if (!start.link().usable() || start.current() == null) {
            return invalid(start.link().usability().name(), model, response);
        }
        if (!start.link().offer().confirmable()) {
            return notConfirmable(model, response);
        }
        return correctionPage(token, start.link(), CorrectionForm.of(start.current(), start.version()), model);
    }

    @PostMapping("/correction")
    String correct(@PathVariable String token, @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        noStore(response);
        LinkView link = confirmations.inspect(token);
        if (!link.usable()) {
            return invalid(link.usability().name(), model, response);
        }
        if (!link.offer().confirmable()) {
            return notConfirmable(model, response);
        }
        form.check(errors, confirmations.today());
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return correctionPage(token, link, form, model);
        }
        CorrectionOutcome outcome;
        try {
            outcome = confirmations.correct(token, form.getVersion(), form.correction());
        } catch (DirectoryRuleViolation violation) {
            FormErrors.add(errors, violation);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return correctionPage(token, link, form, model);
        }
        return switch (outcome) {
            case PROPOSED, CONFIRMED, ENDED -> {
                model.addAttribute("outcome", outcome.name());
                yield "directory/confirm/corrected";
            }
            case CONFLICT -> {
                errors.reject(FormErrors.CONFLICT);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                yield correctionPage(token, link, form, model);
            }
            case NOT_CONFIRMABLE -> notConfirmable(model, response);
            default -> invalid(outcome.name(), model, response);
        };
    }

    private static String correctionPage(String token, LinkView link, CorrectionForm form, Model model) {
        model.addAttribute("offer", link.offer());
        model.addAttribute("token", token);
        model.addAttribute("correctionForm", form);
        return "directory/confirm/correction";
    }

    private static String notConfirmable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reason", Outcome.NOT_CONFIRMABLE.name());
        return "directory/confirm/invalid";
    }

    @PostMapping("/changes")
    String changes(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        return confirmations.offerToChange(token)
                .map(offer -> "redirect:/app/directory/offers/" + offer.value() + "/edit")
                .orElseGet(() -> invalid(confirmations.inspect(token).usability().name(), model, response));
    }

    private static String invalid(String reason, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("reason", Usability.USABLE.name().equals(reason) ? Usability.UNKNOWN.name() : reason);
        return "directory/confirm/invalid";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
    }
}
