package de.integrationsnetz.identity;

import java.util.Locale;

/** Settings a user keeps for themselves across sessions and devices. */
public interface AccountPreferences {

    /** Remembers the UI language the user chose, so the next login opens in it. */
    void changeLanguage(AccountId account, Locale language);
}
