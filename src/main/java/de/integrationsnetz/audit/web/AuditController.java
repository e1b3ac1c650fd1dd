package de.integrationsnetz.audit.web;

import de.integrationsnetz.audit.trail.AuditFilter;
import de.integrationsnetz.audit.trail.AuditTrail;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The county admin's view of their district's audit trail: read only, filterable, paged. */
@Controller
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/app/audit")
    String trail(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        DistrictKey district = user.homeDistrict().orElseThrow(() -> new AccessDeniedException("No district"));
        AuditFilter filter = new AuditFilter(text, type, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("types", trail.types(district));
        model.addAttribute("entries", trail.entries(district, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/app/audit")
                .queryParamIfPresent("text", java.util.Optional.ofNullable(text))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(action))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .build()
                .toUriString());
        return Htmx.wantsFragment(request, response) ? "audit/trail :: results" : "audit/trail";
    }
}
