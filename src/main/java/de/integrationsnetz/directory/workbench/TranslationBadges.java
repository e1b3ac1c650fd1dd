package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.translation.TranslationStatus;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The translation status per target language of an offer as the back office's detail page shows it (the template
 * calls {@code @translationBadges.of(offer)}): counts of current, outdated and missing fields among those with a
 * German text.
 */
@Component("translationBadges")
public class TranslationBadges {

    public List<LanguageCounts> of(OfferView offer) {
        OfferContent content = offer.content();
        List<String> fields = Stream.of(
                        named("NAME", content.name()), named("DESCRIPTION", content.description()),
                        named("FEES", content.feesNote()), named("ELIGIBILITY", content.eligibilityNote()),
                        named("APPLICATION", content.applicationNote()), named("ALERT", content.alert()))
                .filter(field -> field != null).toList();
        return LanguageCounts.TARGETS.stream().map(language -> count(offer, fields, language)).toList();
    }

    private static LanguageCounts count(OfferView offer, List<String> fields, ContentLanguage language) {
        int current = 0;
        int outdated = 0;
        for (OfferView.TranslationInfo info : offer.translations()) {
            if (!info.language().equals(language.code()) || !fields.contains(info.field())) {
                continue;
            }
            if (TranslationStatus.CURRENT.name().equals(info.status())) {
                current++;
            } else {
                outdated++;
            }
        }
        return new LanguageCounts(language, current, outdated, fields.size() - current - outdated);
    }

    private static String named(String field, String text) {
        return text == null || text.isBlank() ? null : field;
    }
}
