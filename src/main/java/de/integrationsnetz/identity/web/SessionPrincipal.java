package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountDetailsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the logged-in user in the session in step with their account: after a change of name or roles the session
 * shows the new state, and a deactivated account's session ends.
 */
@Component
class SessionPrincipal {

    private final AccountDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionPrincipal(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The account as stored now, or empty when it no longer exists. */
    Optional<CurrentUser> reload(AccountId id) {
        return accounts.reload(id);
    }

    /** Puts the account's current state into the security context and the session. */
    void replace(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    void refresh(AccountId id, HttpServletRequest request, HttpServletResponse response) {
        reload(id).ifPresent(user -> replace(user, request, response));
    }

    /** Logs the user out: the session ends and the request continues anonymously. */
    void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
