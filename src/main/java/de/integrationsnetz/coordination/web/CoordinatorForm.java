package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.team.Coordinator;
import de.integrationsnetz.coordination.team.CoordinatorDetails;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.coordination.team.PublicationConsent;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator form, including the publication consent and the assigned municipalities (AGS values). */
public class CoordinatorForm {

    @NotBlank(message = "{coordination.field.required}")
    @Size(max = 200, message = "{coordination.field.too-long}")
    private String fullName = "";

    @NotNull(message = "{coordination.coordinator.office.required}")
    private @Nullable UUID officeId;

    @NotNull(message = "{coordination.coordinator.fte.range}")
    @DecimalMin(value = "0.1", message = "{coordination.coordinator.fte.range}")
    @DecimalMax(value = "1.0", message = "{coordination.coordinator.fte.range}")
    @Digits(integer = 1, fraction = 2, message = "{coordination.coordinator.fte.range}")
    private @Nullable BigDecimal fte = BigDecimal.ONE;

    @NotNull(message = "{coordination.field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    @Size(max = 200, message = "{coordination.field.too-long}")
    private String programmeBasis = Coordinator.DEFAULT_PROGRAMME;

    @NotNull(message = "{coordination.coordinator.funding-share.range}")
    @Min(value = 0, message = "{coordination.coordinator.funding-share.range}")
    @Max(value = 100, message = "{coordination.coordinator.funding-share.range}")
    private @Nullable Integer fundingSharePercent = Coordinator.DEFAULT_FUNDING_SHARE;

    @Pattern(regexp = "^$|^[0-9+ ()/\\-]{3,50}$", message = "{coordination.field.phone}")
    private String workPhone = "";

    @Email(message = "{coordination.field.email}")
    @Size(max = 320, message = "{coordination.field.too-long}")
    private String workEmail = "";

    private boolean publishName;
    private boolean publishPhone;
    private boolean publishEmail;

    private Set<String> municipalities = new LinkedHashSet<>();

    private long version;

    static CoordinatorForm of(CoordinatorView coordinator) {
        CoordinatorForm form = new CoordinatorForm();
        form.fullName = coordinator.fullName();
        form.officeId = coordinator.officeId().value();
        form.fte = coordinator.fte();
        form.startDate = coordinator.startDate();
        form.endDate = coordinator.endDate();
        form.programmeBasis = coordinator.programmeBasis();
        form.fundingSharePercent = coordinator.fundingSharePercent();
        form.workPhone = OfficeForm.orEmpty(coordinator.workPhone());
        form.workEmail = OfficeForm.orEmpty(coordinator.workEmail());
        form.publishName = coordinator.consent().name();
        form.publishPhone = coordinator.consent().phone();
        form.publishEmail = coordinator.consent().email();
        form.municipalities = coordinator.municipalities().stream()
                .map(MunicipalityKey::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        form.version = coordinator.version();
        return form;
    }

    /** The entered data as details; call only after validation passed (required fields are present). */
    CoordinatorDetails toDetails(de.integrationsnetz.identity.@Nullable AccountId account) {
        return new CoordinatorDetails(fullName, Objects.requireNonNull(fte),
                Objects.requireNonNull(startDate), endDate, programmeBasis, fundingSharePercent, workPhone,
                workEmail, new PublicationConsent(publishName, publishPhone, publishEmail), municipalityKeys(),
                account);
    }

    /** The checked municipalities; malformed values (a tampered form) are rejected by the caller. */
    Set<MunicipalityKey> municipalityKeys() {
        return municipalities.stream().map(MunicipalityKey::of).collect(Collectors.toSet());
    }

    boolean municipalitiesWellFormed() {
        return municipalities.stream().allMatch(MunicipalityKey::isValid);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public @Nullable UUID getOfficeId() {
        return officeId;
    }

    public void setOfficeId(@Nullable UUID officeId) {
        this.officeId = officeId;
    }

    public @Nullable BigDecimal getFte() {
        return fte;
    }

    public void setFte(@Nullable BigDecimal fte) {
        this.fte = fte;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getProgrammeBasis() {
        return programmeBasis;
    }

    public void setProgrammeBasis(String programmeBasis) {
        this.programmeBasis = programmeBasis;
    }

    public @Nullable Integer getFundingSharePercent() {
        return fundingSharePercent;
    }

    public void setFundingSharePercent(@Nullable Integer fundingSharePercent) {
        this.fundingSharePercent = fundingSharePercent;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone.strip();
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail.strip();
    }

    public boolean isPublishName() {
        return publishName;
    }

    public void setPublishName(boolean publishName) {
        this.publishName = publishName;
    }

    public boolean isPublishPhone() {
        return publishPhone;
    }

    public void setPublishPhone(boolean publishPhone) {
        this.publishPhone = publishPhone;
    }

    public boolean isPublishEmail() {
        return publishEmail;
    }

    public void setPublishEmail(boolean publishEmail) {
        this.publishEmail = publishEmail;
    }

    public Set<String> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Set<String> municipalities) {
        this.municipalities = municipalities;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
