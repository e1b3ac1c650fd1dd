package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before every request of a logged-in user: a deactivated (or deleted) account's session ends at once, with a note on
 * the login page; changed roles or a changed name take effect without logging in again.
 */
class AccountStateInterceptor implements HandlerInterceptor {

    private final SessionPrincipal sessions;

    AccountStateInterceptor(SessionPrincipal sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Optional<CurrentUser> principal = SessionPrincipal.current();
        if (principal.isEmpty()) {
            return true;
        }
        Optional<CurrentUser> stored = sessions.reload(principal.get().id());
        if (stored.isEmpty() || !stored.get().isEnabled()) {
            sessions.end(request);
            String target = request.getContextPath() + "/login?deactivated";
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(target);
            }
            return false;
        }
        CurrentUser now = stored.get();
        if (!now.grants().equals(principal.get().grants()) || !now.displayName().equals(principal.get().displayName())
                || !now.email().equals(principal.get().email())) {
            sessions.replace(now, request, response);
        }
        return true;
    }
}
