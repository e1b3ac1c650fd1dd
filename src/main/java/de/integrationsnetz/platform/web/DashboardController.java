package de.integrationsnetz.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: the user's roles and what they can do. */
@Controller
class DashboardController {

    @GetMapping("/app")
    String dashboard() {
        return "platform/dashboard";
    }
}
