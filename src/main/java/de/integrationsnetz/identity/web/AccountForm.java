package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.account.AccountManagement;
import de.integrationsnetz.identity.account.AccountView;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Editing an account in the user administration: name and the roles in the administrator's district. */
public class AccountForm {

    private String displayName = "";
    private List<String> roles = new ArrayList<>();
    private String municipality = "";
    private String organisation = "";
    private long version;

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.displayName = account.displayName();
        form.roles = account.roles().stream().map(Role::name).toList();
        form.municipality = account.municipality() == null ? "" : account.municipality().value();
        form.organisation = account.organisation() == null ? "" : account.organisation().toString();
        form.version = account.version();
        return form;
    }

    void validate(Errors errors, DistrictKey district, MunicipalityChoices municipalities) {
        AccountFormRules.checkName(errors, "displayName", displayName);
        Set<Role> chosen = chosenRoles();
        if (chosen.isEmpty()) {
            errors.rejectValue("roles", "identity.validation.roles.required");
        }
        if (chosen.contains(Role.MUNICIPALITY) && !municipalities.isIn(municipality.strip(), district)) {
            errors.rejectValue("municipality", "identity.validation.municipality.required");
        }
        if (chosen.contains(Role.PROVIDER) && !organisation.isBlank() && AccountFormRules.uuid(organisation) == null) {
            errors.rejectValue("organisation", "identity.validation.organisation.invalid");
        }
    }

    Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.stream().map(AccountFormRules::role).filter(java.util.Objects::nonNull).forEach(chosen::add);
        return chosen;
    }

    AccountManagement.UpdateAccount toCommand(AccountId id) {
        Set<Role> chosen = chosenRoles();
        return new AccountManagement.UpdateAccount(id, displayName, chosen,
                chosen.contains(Role.MUNICIPALITY) ? MunicipalityKey.of(municipality.strip()) : null,
                chosen.contains(Role.PROVIDER) ? AccountFormRules.uuid(organisation) : null, version);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
