package de.integrationsnetz.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A postal address in Germany. Every part is optional (an initiative may have no office), but a given postal code has
 * five digits. Values are stripped; empty parts are {@code null}.
 */
@Embeddable
public record Address(
        @Column(name = "street", length = 200) @Nullable String street,
        @Column(name = "address_line2", length = 200) @Nullable String addressLine2,
        @Column(name = "postal_code", length = 10) @Nullable String postalCode,
        @Column(name = "city", length = 100) @Nullable String city) {

    public static final Address NONE = new Address(null, null, null, null);

    public Address {
        street = clean(street, 200, "street");
        addressLine2 = clean(addressLine2, 200, "address line 2");
        postalCode = clean(postalCode, 10, "postal code");
        city = clean(city, 100, "city");
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            throw new IllegalArgumentException("A German postal code has five digits: " + postalCode);
        }
    }

    public boolean isEmpty() {
        return street == null && addressLine2 == null && postalCode == null && city == null;
    }

    /** The parts that exist on one line, e.g. {@code Straße 1, 09599 Freiberg}. */
    public String singleLine() {
        StringBuilder line = new StringBuilder();
        append(line, street, ", ");
        append(line, addressLine2, ", ");
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        append(line, place.isEmpty() ? null : place, ", ");
        return line.toString();
    }

    private static void append(StringBuilder line, @Nullable String part, String separator) {
        if (part != null) {
            if (!line.isEmpty()) {
                line.append(separator);
            }
            line.append(part);
        }
    }

    private static @Nullable String clean(@Nullable String value, int maxLength, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException("The " + name + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
