package de.integrationsnetz.identity;

import java.util.UUID;

/** Identifier of a user account. */
public record AccountId(UUID value) {

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("An account id must not be null");
        }
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
