package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountManagement;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.UiLanguages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The invitation form of the user administration. */
public class InviteForm {

    private String email = "";
    private String displayName = "";
    private String role = "";
    private String municipality = "";
    private String organisation = "";
    private String language = "de";

    void validate(Errors errors, DistrictKey district, MunicipalityChoices municipalities) {
        if (email.isBlank()) {
            errors.rejectValue("email", "identity.validation.email.required");
        } else if (!Account.isPlausibleEmail(email)) {
            errors.rejectValue("email", "identity.validation.email.invalid");
        }
        AccountFormRules.checkName(errors, "displayName", displayName);
        Role chosen = AccountFormRules.role(role);
        if (chosen == null) {
            errors.rejectValue("role", "identity.validation.role.required");
        } else if (chosen == Role.MUNICIPALITY && !municipalities.isIn(municipality.strip(), district)) {
            errors.rejectValue("municipality", "identity.validation.municipality.required");
        }
        if (chosen == Role.PROVIDER && !organisation.isBlank() && AccountFormRules.uuid(organisation) == null) {
            errors.rejectValue("organisation", "identity.validation.organisation.invalid");
        }
        if (!UiLanguages.isSupported(language)) {
            errors.rejectValue("language", "identity.validation.language.invalid");
        }
    }

    AccountManagement.InviteAccount toCommand() {
        Role chosen = AccountFormRules.role(role);
        return new AccountManagement.InviteAccount(email, displayName, Locale.forLanguageTag(language), chosen,
                chosen == Role.MUNICIPALITY ? MunicipalityKey.of(municipality.strip()) : null,
                chosen == Role.PROVIDER ? AccountFormRules.uuid(organisation) : null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role == null ? "" : role;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = municipality == null ? "" : municipality;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation == null ? "" : organisation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }
}
