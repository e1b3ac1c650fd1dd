package de.integrationsnetz.directory.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that documents our HSDS 3.0 profile (docs/directory.md §3.2): the {@code x_} extensions per object
 * with links to their JSON schemas in {@code static/hsds/profile/}, how translations are carried, and where the API
 * differs from the HSDS API reference.
 */
@Controller
class HsdsProfileController {

    /** One extension: the property, the HSDS object it belongs to (also the schema's file name), its description. */
    record Extension(String property, String object, String messageKey) {}

    static final List<Extension> EXTENSIONS = List.of(
            new Extension("x_translations", "service", "directory.hsds.profile.ext.translations"),
            new Extension("x_course", "service", "directory.hsds.profile.ext.course"),
            new Extension("x_valid_from, x_valid_to", "service", "directory.hsds.profile.ext.validity"),
            new Extension("x_publication_status, x_archive_reason", "service",
                    "directory.hsds.profile.ext.publication-status"),
            new Extension("x_district_ars", "service", "directory.hsds.profile.ext.district"),
            new Extension("x_demo", "service", "directory.hsds.profile.ext.demo"),
            new Extension("x_organisation_type", "organization", "directory.hsds.profile.ext.organisation-type"),
            new Extension("x_district_ars", "organization", "directory.hsds.profile.ext.district"),
            new Extension("x_seat_ags", "organization", "directory.hsds.profile.ext.seat"),
            new Extension("x_municipalities_served", "organization", "directory.hsds.profile.ext.served"),
            new Extension("x_ags", "location", "directory.hsds.profile.ext.ags"),
            new Extension("x_coordinate_source", "location", "directory.hsds.profile.ext.coordinate-source"),
            new Extension("x_online_offer", "location", "directory.hsds.profile.ext.online"),
            new Extension("x_rrule", "schedule", "directory.hsds.profile.ext.rrule"),
            new Extension("x_tzid", "schedule", "directory.hsds.profile.ext.tzid"),
            new Extension("x_kind", "schedule", "directory.hsds.profile.ext.kind"),
            new Extension("x_publish_consent", "contact", "directory.hsds.profile.ext.consent"),
            new Extension("x_service_ids", "contact", "directory.hsds.profile.ext.service-ids"),
            new Extension("extent_type", "service_area", "directory.hsds.profile.ext.extent-type"),
            new Extension("x_labels", "taxonomy_term", "directory.hsds.profile.ext.labels"),
            new Extension("x_active", "taxonomy_term", "directory.hsds.profile.ext.active"));

    @GetMapping("/hsds/profile")
    String profile(Model model) {
        model.addAttribute("extensions", EXTENSIONS);
        return "directory/hsds/profile";
    }
}
