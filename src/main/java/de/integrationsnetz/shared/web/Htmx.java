package de.integrationsnetz.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** htmx only enhances: a fragment for htmx's own requests, the full page for everything else. */
public final class Htmx {

    private Htmx() {}

    /** Whether to answer with a fragment: an htmx request that is not a history restore (that needs the page). */
    public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
