package de.integrationsnetz.identity;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as every module sees it ({@code @AuthenticationPrincipal CurrentUser user}): who they are,
 * their roles and the districts and municipalities those roles apply to. Every query for non-public data is scoped
 * with {@link #districts()} or {@link #canWorkIn(DistrictKey)}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    private final AccountId id;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final Locale language;
    private final List<RoleGrant> grants;

    public CurrentUser(AccountId id, String email, String displayName, @Nullable String passwordHash, boolean enabled,
            boolean locked, Locale language, List<RoleGrant> grants) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.language = language;
        this.grants = List.copyOf(grants);
    }

    public AccountId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale language() {
        return language;
    }

    public List<RoleGrant> grants() {
        return grants;
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The districts in which this user holds any district-scoped role. */
    public Set<DistrictKey> districts() {
        return grants.stream()
                .map(RoleGrant::district)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The district a back-office page opens with: the first one the user works in. */
    public Optional<DistrictKey> homeDistrict() {
        return grants.stream().map(RoleGrant::district).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether one of the given roles is granted in this district. */
    public boolean hasRoleIn(DistrictKey district, Role... roles) {
        return grants.stream()
                .anyMatch(grant -> district.equals(grant.district()) && List.of(roles).contains(grant.role()));
    }

    /** Whether the user works on data of this district (any district-scoped role there). */
    public boolean canWorkIn(DistrictKey district) {
        return districts().contains(district);
    }

    /** Municipalities the user is limited to (municipality staff); empty when not limited to single municipalities. */
    public Set<MunicipalityKey> municipalities() {
        return grants.stream()
                .map(RoleGrant::municipality)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                .distinct()
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + email + "]";
    }
}
