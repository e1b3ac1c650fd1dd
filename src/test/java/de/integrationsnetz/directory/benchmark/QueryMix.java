package de.integrationsnetz.directory.benchmark;

import de.integrationsnetz.directory.benchmark.server.SyntheticOffers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 1,000 finder queries of a load scenario (docs/directory.md §8), from the generator's vocabulary: 40 % text,
 * 20 % text with filters, 15 % filters only, 15 % near a postal code sorted by distance, 10 % with a typo. Each entry
 * is the query string (without "?") and the bare text for the ILIKE baseline.
 */
record QueryMix(List<String> queryStrings, List<String> texts) {

    private static final String[] CATEGORY_CODES = {"spracherwerb", "orientierung", "beratung", "bildung", "arbeit",
        "wohnen", "gesundheit", "familie", "jugend", "ehrenamt"};
    private static final String[] SPOKEN = {"ar", "fa", "uk", "ru", "en", "tr"};
    private static final int[] RADII = {5, 10, 25, 50, 100};

    static QueryMix generate(int size, long seed) {
        Random random = new Random(seed);
        List<SyntheticOffers.Place> places = SyntheticOffers.saxonMunicipalities();
        List<String> queries = new ArrayList<>(size);
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(100);
            String word = SyntheticOffers.TOPICS.get(random.nextInt(SyntheticOffers.TOPICS.size()))[0];
            String text;
            String query;
            if (kind < 40) {
                text = random.nextBoolean() ? word : word + " " + places.get(random.nextInt(places.size())).city();
                query = "q=" + encode(text);
            } else if (kind < 60) {
                text = word;
                query = "q=" + encode(text) + "&cat=" + CATEGORY_CODES[random.nextInt(CATEGORY_CODES.length)]
                        + (random.nextBoolean() ? "&free=1" : "&spoken=" + SPOKEN[random.nextInt(SPOKEN.length)]);
            } else if (kind < 75) {
                text = "";
                query = "cat=" + CATEGORY_CODES[random.nextInt(CATEGORY_CODES.length)]
                        + (random.nextBoolean() ? "&free=1" : "") + (random.nextBoolean() ? "&access=1" : "");
            } else if (kind < 90) {
                text = word;
                SyntheticOffers.Place place = places.get(random.nextInt(places.size()));
                query = "q=" + encode(text) + "&near=" + place.postalCode() + "&radius=25&sort=distance";
            } else {
                text = typo(word, random);
                query = "q=" + encode(text);
            }
            queries.add(query);
            texts.add(text);
        }
        return new QueryMix(List.copyOf(queries), List.copyOf(texts));
    }

    /**
     * A long tail: {@code size} searches of the same kinds as {@link #generate}, each narrowed to a place so that
     * none is asked twice: words get a municipality's name ("Deutschkurs Freiberg"), searches near a postal code a
     * random radius, filter-only searches a district. No cache of answers or facet counts can help with them.
     */
    static QueryMix distinct(int size, long seed) {
        Random random = new Random(seed);
        List<SyntheticOffers.Place> places = SyntheticOffers.saxonMunicipalities();
        java.util.LinkedHashMap<String, String> unique = new java.util.LinkedHashMap<>();
        long batchSeed = seed;
        while (unique.size() < size) {
            QueryMix batch = generate(1000, ++batchSeed);
            for (int i = 0; i < 1000 && unique.size() < size; i++) {
                String query = batch.queryStrings().get(i);
                String text = batch.texts().get(i);
                SyntheticOffers.Place place = places.get(random.nextInt(places.size()));
                if (query.contains("&near=")) {
                    query = query.replace("&radius=25", "&radius=" + RADII[random.nextInt(RADII.length)]);
                } else if (text.isEmpty()) {
                    query = query + "&district=" + place.district();
                } else {
                    text = text + " " + place.city();
                    query = query.replaceFirst("^q=[^&]*", "q=" + encode(text));
                }
                unique.putIfAbsent(query, text);
            }
        }
        return new QueryMix(List.copyOf(unique.keySet()), List.copyOf(unique.values()));
    }

    /** Swaps two neighbouring letters in the middle of the word: what a hurried thumb does. */
    static String typo(String word, Random random) {
        int at = 2 + random.nextInt(Math.max(1, word.length() - 4));
        char[] letters = word.toCharArray();
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
