package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the user list. Always limited to one district: an account is listed when it holds a role there.
 *
 * @param text part of the name or e-mail address (case-insensitive), or {@code null}
 * @param role only accounts with this role in the district, or {@code null}
 * @param status only accounts in this state, or {@code null}
 */
public record AccountSearch(@Nullable String text, @Nullable Role role, @Nullable AccountStatus status) {

    Specification<Account> in(DistrictKey district) {
        return (root, query, cb) -> {
            query.distinct(true);
            Join<Account, Membership> membership = root.join("memberships");
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(membership.get("districtKey"), district.value()));
            if (role != null) {
                predicates.add(cb.equal(membership.get("role"), role));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
                        cb.like(root.get("email"), pattern, '\\')));
            }
            if (status != null) {
                predicates.add(switch (status) {
                    case DEACTIVATED -> cb.isFalse(root.get("enabled"));
                    case INVITED -> cb.and(cb.isTrue(root.get("enabled")), cb.isNull(root.get("passwordHash")));
                    case ACTIVE -> cb.and(cb.isTrue(root.get("enabled")), cb.isNotNull(root.get("passwordHash")));
                });
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
