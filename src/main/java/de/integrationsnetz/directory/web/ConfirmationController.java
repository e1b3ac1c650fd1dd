package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.freshness.Confirmations;
import de.integrationsnetz.directory.freshness.Confirmations.LinkView;
import de.integrationsnetz.directory.freshness.Confirmations.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages behind a confirmation mail's one-time link (docs/directory.md §6.4). GET only shows the offer and
 * the two choices (mail scanners prefetch links, so looking never uses a link up); POST "still current" confirms and
 * uses the link; POST "changes needed" leads to the offer's form after login and leaves the link usable. An unknown,
 * used, expired or superseded link answers 410 with a page that says which and what to do.
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
        model.addAttribute("times", LocalTimes.INSTANCE);
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
