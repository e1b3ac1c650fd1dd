package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.Address;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The postal address that the organisation and the location form share: the same fields, limits, trimming and
 * conversion to {@link Address}. Public so that data binding and templates can reach the inherited properties.
 */
public abstract class AddressFields {

    @Size(max = 200, message = "{directory.validation.too-long}")
    protected String street = "";

    @Size(max = 200, message = "{directory.validation.too-long}")
    protected String addressLine2 = "";

    @Pattern(regexp = "^$|^\\d{5}$", message = "{directory.validation.postal-code}")
    protected String postalCode = "";

    @Size(max = 100, message = "{directory.validation.too-long}")
    protected String city = "";

    protected void fillAddress(Address address) {
        street = orEmpty(address.street());
        addressLine2 = orEmpty(address.addressLine2());
        postalCode = orEmpty(address.postalCode());
        city = orEmpty(address.city());
    }

    protected Address toAddress() {
        return new Address(street, addressLine2, postalCode, city);
    }

    protected static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    protected static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = strip(street);
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(@Nullable String addressLine2) {
        this.addressLine2 = strip(addressLine2);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = strip(postalCode);
    }

    public String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = strip(city);
    }
}
