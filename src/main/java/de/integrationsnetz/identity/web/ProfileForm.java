package de.integrationsnetz.identity.web;

import org.jspecify.annotations.Nullable;

/** The own account page's name and language forms. */
public class ProfileForm {

    private String displayName = "";
    private String language = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }
}
