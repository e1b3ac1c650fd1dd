package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.shared.DistrictKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the offers' work list ({@link TranslationWorkbench}) and the organisations' and locations' work list
 * ({@link TextTranslations}) do alike: limit the query to the user's scope, count the stored translations per owner
 * and language, turn the counts into {@link LanguageCounts}, filter by a status, and decide whether an editor's field
 * is to be saved.
 */
final class WorkLists {

    private WorkLists() {
    }

    /**
     * The SQL condition, in parentheses, that keeps the rows of the user's scope: the districts' rows ({@code
     * o.district_key}) or the organisations' (the column {@code organisationColumn}); fills in the parameters.
     */
    static String scopeCondition(OrganisationScope scope, String organisationColumn, Map<String, Object> params) {
        List<String> visible = new ArrayList<>();
        if (!scope.districts().isEmpty()) {
            visible.add("o.district_key in (:districts)");
            params.put("districts", scope.districts().stream().map(DistrictKey::value).toList());
        }
        if (!scope.organisations().isEmpty()) {
            visible.add(organisationColumn + " in (:organisations)");
            params.put("organisations", scope.organisations().stream().map(OrganisationId::value).toList());
        }
        return "(" + String.join(" or ", visible) + ")";
    }

    /**
     * Adds up rows of (owner in {@code ownerColumn}, language, status, n) into {@code stored}: per owner and language
     * the current ([0]) and the outdated ([1]) translations.
     */
    static RowCallbackHandler countInto(Map<UUID, Map<ContentLanguage, int[]>> stored, String ownerColumn) {
        return row -> {
            int[] counts = stored.computeIfAbsent(row.getObject(ownerColumn, UUID.class),
                            id -> new EnumMap<>(ContentLanguage.class))
                    .computeIfAbsent(ContentLanguage.ofCode(row.getString("language")), l -> new int[2]);
            counts["CURRENT".equals(row.getString("status")) ? 0 : 1] += row.getInt("n");
        };
    }

    /** The counts per target language of an owner with {@code fields} translatable fields; missing is the rest. */
    static List<LanguageCounts> counts(@Nullable Map<ContentLanguage, int[]> stored, int fields) {
        Map<ContentLanguage, int[]> found = stored == null ? Map.of() : stored;
        return LanguageCounts.TARGETS.stream().map(language -> {
            int[] counts = found.getOrDefault(language, new int[2]);
            return new LanguageCounts(language, counts[0], counts[1], Math.max(0, fields - counts[0] - counts[1]));
        }).toList();
    }

    /**
     * Whether a row has fields in the wanted status: in the language, or without one in any language (CURRENT: in
     * all); no wanted status matches every row.
     */
    static boolean matches(List<LanguageCounts> languages, Function<ContentLanguage, LanguageCounts> in,
            @Nullable ContentLanguage language, @Nullable TranslationStatus wanted) {
        if (wanted == null) {
            return true;
        }
        if (language != null) {
            return in.apply(language).matches(wanted);
        }
        return wanted == TranslationStatus.CURRENT
                ? languages.stream().allMatch(counts -> counts.matches(wanted))
                : languages.stream().anyMatch(counts -> counts.matches(wanted));
    }

    /**
     * Whether the editor's field is to be (re)translated: there is no translation yet, its text or machine flag
     * changed, or it was outdated and the translator says it still fits.
     */
    static boolean changes(TranslationInput input, Optional<Translation> existing) {
        return existing.isEmpty() || !existing.get().text().equals(input.text().strip())
                || existing.get().machine() != input.machine()
                || (existing.get().status() == TranslationStatus.OUTDATED && input.stillFits());
    }
}
