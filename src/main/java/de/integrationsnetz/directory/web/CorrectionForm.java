package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.freshness.Confirmations.Correction;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The limited correction form behind a confirmation link (docs/directory.md §6.4): the fields a provider without an
 * account most often needs to change, and "the offer ends". The offer's own rules check the rest when it is sent.
 */
public class CorrectionForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    private String description = "";
    private String phone = "";
    private String email = "";
    private String url = "";
    private String feesNote = "";
    private String alert = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validUntil;
    private boolean ended;
    private long version;

    static CorrectionForm of(Correction current, long version) {
        CorrectionForm form = new CorrectionForm();
        form.description = orEmpty(current.description());
        form.phone = orEmpty(current.phone());
        form.email = orEmpty(current.email());
        form.url = orEmpty(current.url());
        form.feesNote = orEmpty(current.feesNote());
        form.alert = orEmpty(current.alert());
        form.validUntil = current.validUntil();
        form.version = version;
        return form;
    }

    /**
     * Required description, the form of e-mail and web addresses, and no end date in the past; nothing is checked
     * when the offer ends (the other fields are not taken over then).
     */
    void check(Errors errors, LocalDate today) {
        if (ended) {
            return;
        }
        if (description.isBlank() && !errors.hasFieldErrors("description")) {
            errors.rejectValue("description", "directory.validation.required");
        }
        if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches() && !errors.hasFieldErrors("email")) {
            errors.rejectValue("email", "directory.validation.email");
        }
        if (!url.isBlank() && !WEB.matcher(url.strip()).matches() && !errors.hasFieldErrors("url")) {
            errors.rejectValue("url", "directory.validation.url");
        }
        if (validUntil != null && validUntil.isBefore(today) && !errors.hasFieldErrors("validUntil")) {
            errors.rejectValue("validUntil", "directory.confirm.correction.valid-until-past");
        }
    }

    Correction correction() {
        return new Correction(description, phone, email, url, feesNote, alert, validUntil, ended);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = orEmpty(description);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = orEmpty(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = orEmpty(email);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = orEmpty(url);
    }

    public String getFeesNote() {
        return feesNote;
    }

    public void setFeesNote(@Nullable String feesNote) {
        this.feesNote = orEmpty(feesNote);
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(@Nullable String alert) {
        this.alert = orEmpty(alert);
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
