package de.integrationsnetz.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The legally required pages of the public site (the start page {@code /} is the directory's offer finder). */
@Controller
class PublicPagesController {

    @GetMapping("/about")
    String about() {
        return "platform/about";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
