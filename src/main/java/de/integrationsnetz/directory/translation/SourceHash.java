package de.integrationsnetz.directory.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The fingerprint of a German source text: SHA-256 of the text in Unicode NFC, trimmed, with runs of white space
 * collapsed, so that re-saving the same text (or only changing line breaks) does not make translations outdated.
 */
public final class SourceHash {

    private SourceHash() {
    }

    public static String of(String germanText) {
        String normalised = Normalizer.normalize(germanText, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
