package de.integrationsnetz.directory.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link OfferColumn} each column of the file feeds, by position; {@code null} = ignored. Stored with the job
 * as the keys joined by commas ({@code name,,description}).
 */
public record ColumnMapping(List<@Nullable OfferColumn> targets) {

    public ColumnMapping {
        targets = new ArrayList<>(targets);
    }

    /** Each header mapped through its key or synonyms; a column that another header already took is ignored. */
    public static ColumnMapping auto(List<String> headers) {
        Set<OfferColumn> taken = EnumSet.noneOf(OfferColumn.class);
        List<@Nullable OfferColumn> targets = new ArrayList<>();
        for (String header : headers) {
            OfferColumn column = OfferColumn.forHeader(header).filter(c -> !taken.contains(c)).orElse(null);
            if (column != null) {
                taken.add(column);
            }
            targets.add(column);
        }
        return new ColumnMapping(targets);
    }

    /** From the form: one key (or empty) per file column; unknown keys are ignored. */
    public static ColumnMapping of(List<String> keys) {
        return new ColumnMapping(keys.stream().map(key -> OfferColumn.byKey(key.strip()).orElse(null)).toList());
    }

    public static ColumnMapping parse(@Nullable String stored) {
        if (stored == null || stored.isEmpty()) {
            return new ColumnMapping(List.of());
        }
        return of(Arrays.asList(stored.split(",", -1)));
    }

    public String format() {
        return String.join(",", targets.stream().map(t -> t == null ? "" : t.key()).toList());
    }

    public Optional<OfferColumn> target(int index) {
        return index < targets.size() ? Optional.ofNullable(targets.get(index)) : Optional.empty();
    }

    public boolean maps(OfferColumn column) {
        return targets.contains(column);
    }

    /** Target columns chosen for more than one file column. */
    public Set<OfferColumn> duplicates() {
        Set<OfferColumn> seen = EnumSet.noneOf(OfferColumn.class);
        Set<OfferColumn> twice = EnumSet.noneOf(OfferColumn.class);
        for (OfferColumn target : targets) {
            if (target != null && !seen.add(target)) {
                twice.add(target);
            }
        }
        return twice;
    }
}
