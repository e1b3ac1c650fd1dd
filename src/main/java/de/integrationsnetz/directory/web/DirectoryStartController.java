package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationFilter;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.workbench.TranslationReview;
import de.integrationsnetz.identity.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The directory's start page in the back office: how many organisations and offers the user sees, per status, how
 * much waits for review, and the way to the lists and the review queue. Also the review queue itself.
 */
@Controller
class DirectoryStartController {

    private final OfferManagement offers;
    private final OrganisationManagement organisations;
    private final DirectoryAccess access;
    private final TranslationReview translationReview;

    DirectoryStartController(OfferManagement offers, OrganisationManagement organisations, DirectoryAccess access,
            TranslationReview translationReview) {
        this.offers = offers;
        this.organisations = organisations;
        this.access = access;
        this.translationReview = translationReview;
    }

    @GetMapping("/app/directory")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        OrganisationScope scope = access.scope(user);
        model.addAttribute("counts", offers.counts(user));
        model.addAttribute("organisationCount",
                organisations.list(user, OrganisationFilter.NONE, PageRequest.of(0, 1)).getTotalElements());
        model.addAttribute("statuses", OfferStatus.values());
        model.addAttribute("reviewer", !scope.districts().isEmpty());
        return "directory/start";
    }

    @GetMapping("/app/directory/review")
    @PreAuthorize(DirectoryPermissions.REVIEW_OFFERS)
    String review(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("queue", offers.reviewQueue(user));
        model.addAttribute("translations", translationReview.queue(user));
        return "directory/review";
    }
}
