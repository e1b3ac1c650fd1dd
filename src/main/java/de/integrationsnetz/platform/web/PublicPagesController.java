package de.integrationsnetz.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the legally required pages of the public site. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/about")
    String about() {
        return "platform/about";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
