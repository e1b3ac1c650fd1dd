package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.team.OfficeDetails;
import de.integrationsnetz.coordination.team.OfficeView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The office form. Either a phone number or an e-mail address is required (checked in the controller). */
public class OfficeForm {

    @NotBlank(message = "{coordination.field.required}")
    @Size(max = 200, message = "{coordination.field.too-long}")
    private String name = "";

    @NotBlank(message = "{coordination.field.required}")
    @Size(max = 200, message = "{coordination.field.too-long}")
    private String street = "";

    @NotBlank(message = "{coordination.field.required}")
    @Pattern(regexp = "\\d{5}", message = "{coordination.office.postal-code.format}")
    private String postalCode = "";

    @NotBlank(message = "{coordination.field.required}")
    @Size(max = 100, message = "{coordination.field.too-long}")
    private String city = "";

    @Pattern(regexp = "^$|^[0-9+ ()/\\-]{3,50}$", message = "{coordination.field.phone}")
    private String phone = "";

    @Email(message = "{coordination.field.email}")
    @Size(max = 320, message = "{coordination.field.too-long}")
    private String email = "";

    @Size(max = 1000, message = "{coordination.field.too-long}")
    private String openingHours = "";

    private long version;

    static OfficeForm of(OfficeView office) {
        OfficeForm form = new OfficeForm();
        var contact = office.contact();
        form.name = contact.name();
        form.street = contact.street();
        form.postalCode = contact.postalCode();
        form.city = contact.city();
        form.phone = orEmpty(contact.phone());
        form.email = orEmpty(contact.email());
        form.openingHours = orEmpty(contact.openingHours());
        form.version = office.version();
        return form;
    }

    OfficeDetails toDetails() {
        return new OfficeDetails(name, street, postalCode, city, phone, email, openingHours);
    }

    boolean hasContact() {
        return !phone.isBlank() || !email.isBlank();
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode.strip();
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email.strip();
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
