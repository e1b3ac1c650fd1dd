package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.ContactPersonView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The contact person form (personal data: published only with the person's consent). */
public class ContactPersonForm {

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 200, message = "{directory.validation.too-long}")
    private String name = "";

    @Size(max = 200, message = "{directory.validation.too-long}")
    private String functionTitle = "";

    @Size(max = 200, message = "{directory.validation.too-long}")
    private String department = "";

    @Pattern(regexp = "^$|^[0-9+ ()/\\-]{3,50}$", message = "{directory.validation.phone}")
    private String phone = "";

    @Email(message = "{directory.validation.email}")
    @Size(max = 320, message = "{directory.validation.too-long}")
    private String email = "";

    private boolean publishConsent;

    private long version;

    static ContactPersonForm of(ContactPersonView contact) {
        ContactPersonForm form = new ContactPersonForm();
        form.name = contact.name();
        form.functionTitle = orEmpty(contact.functionTitle());
        form.department = orEmpty(contact.department());
        form.phone = orEmpty(contact.phone());
        form.email = orEmpty(contact.email());
        form.publishConsent = contact.publishConsent();
        form.version = contact.version();
        return form;
    }

    ContactDetails toDetails() {
        return new ContactDetails(name, functionTitle, department, phone, email, publishConsent);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = strip(name);
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public void setFunctionTitle(@Nullable String functionTitle) {
        this.functionTitle = strip(functionTitle);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable String department) {
        this.department = strip(department);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = strip(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = strip(email);
    }

    public boolean isPublishConsent() {
        return publishConsent;
    }

    public void setPublishConsent(boolean publishConsent) {
        this.publishConsent = publishConsent;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
