package de.integrationsnetz.directory.web;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.cooperation.CooperationDetails;
import de.integrationsnetz.directory.cooperation.CooperationListItem;
import de.integrationsnetz.directory.cooperation.CooperationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The cooperation form. Ids and dates arrive as text (a select's value, an {@code <input type="date">}), so that a
 * bad value becomes a message next to its field instead of a conversion error.
 */
public class CooperationForm {

    private static final java.time.format.DateTimeFormatter GERMAN_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @NotBlank(message = "{directory.validation.required}")
    private String type = "";

    @NotBlank(message = "{directory.validation.required}")
    private String organisation = "";

    private String partnerOrganisation = "";

    private String coordinator = "";

    @NotBlank(message = "{directory.validation.required}")
    private String validFrom = "";

    private String validUntil = "";

    @Size(max = 2000, message = "{directory.validation.too-long}")
    private String note = "";

    private long version;

    static CooperationForm of(CooperationListItem cooperation) {
        CooperationForm form = new CooperationForm();
        form.type = cooperation.type().name();
        form.organisation = cooperation.organisation().id().toString();
        if (cooperation.partner().isOrganisation()) {
            form.partnerOrganisation = cooperation.partner().id().toString();
        } else {
            form.coordinator = cooperation.partner().id().toString();
        }
        form.validFrom = cooperation.validFrom().toString();
        form.validUntil = cooperation.validUntil() == null ? "" : cooperation.validUntil().toString();
        form.note = cooperation.note() == null ? "" : cooperation.note();
        form.version = cooperation.version();
        return form;
    }

    static CooperationForm startingToday(LocalDate today, @Nullable UUID organisation) {
        CooperationForm form = new CooperationForm();
        form.validFrom = today.toString();
        form.organisation = organisation == null ? "" : organisation.toString();
        return form;
    }

    /** Checks what Bean Validation cannot: the formats and that exactly one partner is chosen. */
    void check(BindingResult errors) {
        if (!type.isEmpty() && CooperationType.parse(type) == null) {
            errors.rejectValue("type", DirectoryBinding.INVALID_FORMAT);
        }
        if (!organisation.isEmpty() && uuid(organisation) == null) {
            errors.rejectValue("organisation", DirectoryBinding.INVALID_FORMAT);
        }
        if (!partnerOrganisation.isEmpty() && uuid(partnerOrganisation) == null) {
            errors.rejectValue("partnerOrganisation", DirectoryBinding.INVALID_FORMAT);
        }
        if (!coordinator.isEmpty() && uuid(coordinator) == null) {
            errors.rejectValue("coordinator", DirectoryBinding.INVALID_FORMAT);
        }
        if (partnerOrganisation.isEmpty() && coordinator.isEmpty()) {
            errors.rejectValue("partnerOrganisation", "directory.validation.cooperation.partner-missing");
        } else if (!partnerOrganisation.isEmpty() && !coordinator.isEmpty()) {
            errors.rejectValue("partnerOrganisation", "directory.validation.cooperation.two-partners");
        }
        if (!validFrom.isEmpty() && date(validFrom) == null) {
            errors.rejectValue("validFrom", "directory.validation.date");
        }
        if (!validUntil.isEmpty() && date(validUntil) == null) {
            errors.rejectValue("validUntil", "directory.validation.date");
        }
    }

    CooperationDetails toDetails() {
        UUID partner = uuid(partnerOrganisation);
        UUID coordinatorId = uuid(coordinator);
        return new CooperationDetails(CooperationType.parse(type), OrganisationId.of(uuid(organisation)),
                partner == null ? null : OrganisationId.of(partner),
                coordinatorId == null ? null : new CoordinatorId(coordinatorId), date(validFrom), date(validUntil),
                note);
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** An ISO date (what {@code <input type="date">} sends) or a German one (typed where the browser has no picker). */
    static @Nullable LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(value, GERMAN_DATE);
            } catch (DateTimeParseException notGerman) {
                return null;
            }
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = strip(type);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = strip(organisation);
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public void setPartnerOrganisation(@Nullable String partnerOrganisation) {
        this.partnerOrganisation = strip(partnerOrganisation);
    }

    public String getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(@Nullable String coordinator) {
        this.coordinator = strip(coordinator);
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable String validFrom) {
        this.validFrom = strip(validFrom);
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable String validUntil) {
        this.validUntil = strip(validUntil);
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = strip(note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
