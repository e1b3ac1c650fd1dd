package de.integrationsnetz.directory.search;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fa.PersianCharFilterFactory;
import org.apache.lucene.analysis.fa.PersianNormalizationFilterFactory;
import org.apache.lucene.analysis.fa.PersianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.analysis.tr.ApostropheFilterFactory;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers of the offer index (docs/directory.md §4.3). One per content language, named by its code ({@code de},
 * {@code en}, {@code uk}, {@code ru}, {@code ar}, {@code fa}, {@code tr}); the query side uses the same analyzer,
 * except German, whose query analyzer {@code de_query} also expands synonyms. {@code plain} (no stemming) serves the
 * typo-tolerant fuzzy matching, the normalizer {@code sort} sorting by name.
 *
 * <p>German: light stemming (“Beratungen” = “Beratung”), umlaut and accent folding (“Muellerstrasse” = “Müllerstraße”,
 * “Cafe” = “Café”), compound splitting in the index against a small dictionary (“Deutschkurs” also as “deutsch” and “kurs”, so
 * “Kurs Deutsch” finds it; the query keeps a compound whole, so “Deutschkurs” does not find every “…kurs”), and
 * synonyms at query time only (a synonym graph cannot be indexed without flattening). Both word lists live in
 * {@code src/main/resources/directory/search/}; changing {@link #COMPOUNDS} needs an index rebuild, changing
 * {@link #SYNONYMS} does not.
 */
public class DirectoryLuceneAnalysis implements LuceneAnalysisConfigurer {

    public static final String GERMAN = "de";
    public static final String GERMAN_QUERY = "de_query";
    public static final String PLAIN = "plain";
    public static final String PLAIN_QUERY = "plain_query";
    public static final String SORT = "sort";

    static final String SYNONYMS = "directory/search/synonyms_de.txt";
    static final String COMPOUNDS = "directory/search/compounds_de.txt";
    private static final String GERMAN_STOP = "org/apache/lucene/analysis/snowball/german_stop.txt";
    private static final String RUSSIAN_STOP = "org/apache/lucene/analysis/snowball/russian_stop.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        german(context.analyzer(GERMAN).custom().tokenizer(StandardTokenizerFactory.class), false);
        german(context.analyzer(GERMAN_QUERY).custom().tokenizer(StandardTokenizerFactory.class), true);

        plain(context.analyzer(PLAIN).custom().tokenizer(StandardTokenizerFactory.class), true);
        plain(context.analyzer(PLAIN_QUERY).custom().tokenizer(StandardTokenizerFactory.class), false);

        context.analyzer("en").custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);

        context.analyzer("ru").custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class).param("words", RUSSIAN_STOP).param("format", "snowball")
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Russian");

        // Lucene has no Ukrainian stemmer outside the large morfologik module (docs/directory.md §10 #8).
        context.analyzer("uk").custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);

        context.analyzer("ar").custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);

        context.analyzer("fa").custom().tokenizer(StandardTokenizerFactory.class)
                .charFilter(PersianCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(PersianNormalizationFilterFactory.class)
                .tokenFilter(PersianStemFilterFactory.class);

        context.analyzer("tr").custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ApostropheFilterFactory.class)
                .tokenFilter(TurkishLowerCaseFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Turkish");

        context.normalizer(SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    private static void german(LuceneAnalysisOptionalComponentsStep chain, boolean query) {
        chain.tokenFilter(LowerCaseFilterFactory.class);
        chain.tokenFilter(StopFilterFactory.class).param("words", GERMAN_STOP).param("format", "snowball")
                .param("ignoreCase", "true");
        if (query) {
            // After the stop filter: a filter that drops tokens must not run behind a synonym graph.
            chain.tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", SYNONYMS)
                    .param("ignoreCase", "true").param("expand", "true");
        } else {
            // Compounds are split in the index only: "kurs deutsch" still finds "Deutschkurs", but a query for
            // "Deutschkurs" no longer matches every "…kurs" (Schwimmkurs, Computerkurs) through its part "kurs".
            compounds(chain);
        }
        chain.tokenFilter(GermanNormalizationFilterFactory.class);
        chain.tokenFilter(GermanLightStemFilterFactory.class);
        chain.tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /** Unstemmed words for fuzzy matching; as on the German side, compounds are split in the index only. */
    private static void plain(LuceneAnalysisOptionalComponentsStep chain, boolean index) {
        chain.tokenFilter(LowerCaseFilterFactory.class);
        if (index) {
            compounds(chain);
        }
        chain.tokenFilter(GermanNormalizationFilterFactory.class);
        chain.tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    private static void compounds(LuceneAnalysisOptionalComponentsStep chain) {
        chain.tokenFilter(DictionaryCompoundWordTokenFilterFactory.class).param("dictionary", COMPOUNDS)
                .param("onlyLongestMatch", "true").param("minSubwordSize", "4");
    }
}
