package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.publicview.PublicDirectory;
import de.integrationsnetz.directory.publicview.PublicOffer;
import de.integrationsnetz.directory.publicview.PublicOrganisation;
import de.integrationsnetz.directory.schedule.ScheduleCalendar;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public offer page (docs/directory.md §5.5) with its print view and calendar file, and the public organisation
 * page. Only published offers are shown (404 otherwise); an archived offer answers 410 with a way back to the
 * finder. Offer pages may be cached for a minute and revalidated with their ETag (the offer's version and the page
 * language).
 */
@Controller
class OfferPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicDirectory directory;
    private final String baseUrl;

    OfferPageController(PublicDirectory directory, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/offers/{id}")
    @Nullable String offer(@PathVariable String id, Locale locale, Model model, WebRequest request,
            HttpServletResponse response, @Nullable Principal principal) {
        PublicOffer offer = find(id, locale, PublicDirectory.NEXT_DATES);
        if (!offer.isPublished()) {
            return gone(offer, model, response);
        }
        if (principal == null) {
            // The page shows the organisation, its places and contacts and the next dates, not only the offer: the
            // tag covers all of it (content hash) and the day. "private": the layout carries a CSRF token and the
            // session that comes with it, which no shared cache may keep.
            String etag = "\"" + offer.version() + "-" + Integer.toHexString(offer.hashCode()) + "-"
                    + directory.today() + "-" + locale.getLanguage() + "\"";
            if (request.checkNotModified(etag)) {
                return null;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=60");
        } else {
            // A logged-in page names the user: never answered from a cache another user may have filled.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        String pageUrl = baseUrl + "/offers/" + offer.id();
        model.addAttribute("offer", offer);
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("jsonLd", OfferJsonLd.of(offer, pageUrl, baseUrl + "/organisations/" + offer.provider().id()));
        model.addAttribute("mapPoints", JSON.writeValueAsString(offer.sitesWithCoordinates().stream()
                .map(site -> List.of(site.coordinates().latitude(), site.coordinates().longitude(), site.name()))
                .map(point -> java.util.Map.of("lat", point.get(0), "lon", point.get(1), "name", point.get(2)))
                .toList()));
        return "directory/offer";
    }

    @GetMapping("/offers/{id}/print")
    String print(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        PublicOffer offer = find(id, locale, PublicDirectory.PRINT_DATES);
        if (!offer.isPublished()) {
            return gone(offer, model, response);
        }
        model.addAttribute("offer", offer);
        model.addAttribute("pageUrl", baseUrl + "/offers/" + offer.id());
        model.addAttribute("today", directory.today());
        return "directory/offer-print";
    }

    @GetMapping("/offers/{id}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id, Locale locale) {
        PublicOffer offer = find(id, locale, 0);
        if (!offer.isPublished()) {
            throw new ResponseStatusException(HttpStatus.GONE, "Offer " + id + " is archived");
        }
        String location = offer.sites().isEmpty() ? null : offer.sites().get(0).address().singleLine();
        String calendar = ScheduleCalendar.render(offer.name().value(), location,
                URI.create(baseUrl + "/offers/" + offer.id()),
                offer.schedules().stream().map(PublicOffer.Dates::schedule).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("angebot-" + offer.id() + ".ics").build().toString())
                .body(calendar.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, Locale locale, Model model) {
        PublicOrganisation organisation = uuid(id).flatMap(uuid -> directory.organisation(OrganisationId.of(uuid), locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + id));
        model.addAttribute("organisation", organisation);
        return "directory/public-organisation";
    }

    private PublicOffer find(String id, Locale locale, int dates) {
        return uuid(id).flatMap(uuid -> directory.offer(OfferId.of(uuid), locale, dates))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published offer " + id));
    }

    private static String gone(PublicOffer offer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("offer", offer);
        return "directory/offer-gone";
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
