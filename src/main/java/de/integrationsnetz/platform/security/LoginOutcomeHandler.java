package de.integrationsnetz.platform.security;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.LoginAttempts;
import de.integrationsnetz.platform.web.LanguageSupport;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a login: resets the failure count and switches the UI to the user's saved language. After a failed login:
 * counts the failure (which locks the account for a while after repeated failures) and shows the login form again
 * with a message that does not reveal whether the address exists.
 */
@Component
class LoginOutcomeHandler extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final LoginAttempts loginAttempts;
    private final LanguageSupport languages;

    LoginOutcomeHandler(LoginAttempts loginAttempts, LanguageSupport languages) {
        this.loginAttempts = loginAttempts;
        this.languages = languages;
        setDefaultTargetUrl("/app");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            loginAttempts.succeeded(user.id());
            languages.apply(request, response, user.language());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        boolean locked = exception instanceof LockedException;
        if (email != null && !locked) {
            // The failure that reaches the limit already says so, not only the next attempt.
            locked = loginAttempts.failed(email);
        }
        String reason = locked ? "locked" : "invalid";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
