package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.taxonomy.TaxonomyEditing.TermDetails;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The form of a taxonomy term: a label per content language (all required), German description, active flag. */
public class TermForm {

    static final int MAX_LABEL = 200;
    static final int MAX_DESCRIPTION = 2000;

    private Map<String, String> labels = new LinkedHashMap<>();
    private String description = "";
    private boolean active = true;
    private long version;
    /** New terms only: the last part of the code. */
    private String code = "";
    /** New terms only: the parent term, empty for the top level. */
    private String parentId = "";

    TermForm() {
        for (ContentLanguage language : ContentLanguage.values()) {
            labels.put(language.code(), "");
        }
    }

    static TermForm of(TermDetails term) {
        TermForm form = new TermForm();
        term.labels().forEach((language, label) -> form.labels.put(language.code(), label));
        form.description = term.description();
        form.active = term.active();
        form.version = term.version();
        return form;
    }

    /** Required labels and length limits; errors sit on {@code labels[<code>]} next to each language's field. */
    void check(Errors errors) {
        for (ContentLanguage language : ContentLanguage.values()) {
            String label = labels.getOrDefault(language.code(), "");
            String field = "labels[" + language.code() + "]";
            if (label == null || label.isBlank()) {
                errors.rejectValue(field, "directory.validation.required");
            } else if (label.strip().length() > MAX_LABEL) {
                errors.rejectValue(field, "directory.validation.too-long");
            }
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "directory.validation.too-long");
        }
    }

    Map<ContentLanguage, String> labelsByLanguage() {
        Map<ContentLanguage, String> result = new EnumMap<>(ContentLanguage.class);
        labels.forEach((code, label) -> result.put(ContentLanguage.ofCode(code), label == null ? "" : label.strip()));
        return result;
    }

    @Nullable UUID parent() {
        try {
            return parentId == null || parentId.isBlank() ? null : UUID.fromString(parentId.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }
}
