package de.integrationsnetz.directory.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level difference between two texts, as a translator needs it: which words of the German text a
 * translation was made from were removed, and which were added since. Texts are split into words and the white space
 * between them; the longest common subsequence of these tokens stays, everything else is removed or added. Adjacent
 * tokens of the same kind are merged into one {@link Segment}, so a rewritten sentence shows as one removal and one
 * addition, not word by word.
 *
 * <p>Common leading and trailing tokens are matched before the quadratic part runs. Texts whose differing middle
 * would need more than {@link #MAX_CELLS} table cells (far beyond an offer description) are reported as replaced.
 */
public final class WordDiff {

    /** Upper bound of the LCS table (tokens before × tokens after) so that a huge text cannot exhaust the heap. */
    static final int MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    /** What happened to a piece of text. */
    public enum Kind {
        /** In both texts. */
        SAME,
        /** Only in the earlier text. */
        REMOVED,
        /** Only in the later text. */
        ADDED
    }

    /** A run of text with what happened to it. */
    public record Segment(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {
    }

    /** The segments that turn {@code before} into {@code after}; concatenating SAME and ADDED gives {@code after}. */
    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        Builder result = new Builder();
        for (int i = 0; i < prefix; i++) {
            result.add(Kind.SAME, a.get(i));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), result);
        for (int i = a.size() - suffix; i < a.size(); i++) {
            result.add(Kind.SAME, a.get(i));
        }
        return result.segments();
    }

    /** Whether the two texts differ in more than white space. */
    public static boolean differ(String before, String after) {
        return between(before, after).stream()
                .anyMatch(segment -> !segment.same() && !segment.text().isBlank());
    }

    private static void middle(List<String> a, List<String> b, Builder result) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(token -> result.add(Kind.REMOVED, token));
            b.forEach(token -> result.add(Kind.ADDED, token));
            return;
        }
        // lengths[i][j] = length of the LCS of a[i..] and b[j..]
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(Kind.SAME, a.get(i));
                i++;
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                result.add(Kind.REMOVED, a.get(i++));
            } else {
                result.add(Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            result.add(Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            result.add(Kind.ADDED, b.get(j++));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * Collects tokens into segments. A white-space token between two changes of the same kind joins them, so that
     * "alte Wörter" removed reads as one removal; white space between a removal and an addition stays unchanged.
     */
    private static final class Builder {

        private final List<Segment> segments = new ArrayList<>();
        private Kind kind = Kind.SAME;
        private final StringBuilder text = new StringBuilder();

        void add(Kind tokenKind, String token) {
            if (tokenKind != kind && text.length() > 0) {
                flush();
            }
            kind = tokenKind;
            text.append(token);
        }

        List<Segment> segments() {
            flush();
            return mergeChanges(segments);
        }

        private void flush() {
            if (text.length() > 0) {
                segments.add(new Segment(kind, text.toString()));
                text.setLength(0);
            }
        }

        /**
         * Removals and additions separated only by unchanged white space are grouped: all removed text first, then
         * all added text, with the white space kept in both, so a replaced phrase reads as one change.
         */
        private static List<Segment> mergeChanges(List<Segment> raw) {
            List<Segment> merged = new ArrayList<>();
            int index = 0;
            while (index < raw.size()) {
                Segment segment = raw.get(index);
                if (segment.same()) {
                    merged.add(segment);
                    index++;
                    continue;
                }
                StringBuilder removed = new StringBuilder();
                StringBuilder added = new StringBuilder();
                int end = index;
                while (end < raw.size()) {
                    Segment current = raw.get(end);
                    if (current.removed()) {
                        removed.append(current.text());
                    } else if (current.added()) {
                        added.append(current.text());
                    } else if (current.text().isBlank() && end + 1 < raw.size() && !raw.get(end + 1).same()) {
                        removed.append(current.text());
                        added.append(current.text());
                    } else {
                        break;
                    }
                    end++;
                }
                if (removed.length() > 0) {
                    merged.add(new Segment(Kind.REMOVED, removed.toString()));
                }
                if (added.length() > 0) {
                    merged.add(new Segment(Kind.ADDED, added.toString()));
                }
                index = end;
            }
            return merged;
        }
    }
}
