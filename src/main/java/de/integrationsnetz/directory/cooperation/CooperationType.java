package de.integrationsnetz.directory.cooperation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a cooperation. {@link #UMBRELLA}, {@link #FUNDING} and {@link #REFERRAL} are directed (the organisation
 * acts towards the partner: it is the umbrella of, funds, or refers people to the partner); the others are symmetric,
 * so A–B and B–A are the same relation. UI label: {@code directory.cooperation-type.<NAME>}.
 */
public enum CooperationType {
    NETWORK_MEMBERSHIP(false),
    PARTNERSHIP_AGREEMENT(false),
    REFERRAL(true),
    JOINT_OFFER(false),
    WORKING_GROUP(false),
    FUNDING(true),
    UMBRELLA(true),
    COORDINATOR_SUPPORT(false),
    OTHER(false);

    private final boolean directed;

    CooperationType(boolean directed) {
        this.directed = directed;
    }

    /** Whether the relation has a direction (organisation → partner). */
    public boolean isDirected() {
        return directed;
    }

    /** The message key of the type's label. */
    public String messageKey() {
        return "directory.cooperation-type." + name();
    }

    /** The type with this name, ignoring case; {@code null} for anything else. */
    public static @Nullable CooperationType parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
