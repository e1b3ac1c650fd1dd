package de.integrationsnetz.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    static final String EMAIL = "kim.beispiel@example.org";

    static List<String> problems(String password, String confirmation) {
        return PasswordPolicy.check(EMAIL, password, confirmation).stream()
                .map(violation -> violation.field() + ":" + violation.messageKey())
                .toList();
    }

    @Test
    void acceptsALongPassphraseThatIsConfirmed() {
        assertThat(problems("Fahrrad Brücke Mond 7", "Fahrrad Brücke Mond 7")).isEmpty();
    }

    @Test
    void acceptsExactlyTwelveCharacters() {
        assertThat(problems("abcdefghijk1", "abcdefghijk1")).isEmpty();
    }

    @Test
    void rejectsElevenCharacters() {
        assertThat(problems("abcdefghij1", "abcdefghij1")).containsExactly("password:identity.password.too-short");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(problems("Привіт світе", "Привіт світе")).isEmpty();
    }

    @Test
    void rejectsMoreThanBcryptCanUse() {
        String tooLong = "Ж".repeat(37); // 74 bytes
        assertThat(problems(tooLong, tooLong)).containsExactly("password:identity.password.too-long");
    }

    @Test
    void rejectsThePartOfTheEmailBeforeTheAtSignInAnyCase() {
        assertThat(problems("my-KIM.BEISPIEL-secret", "my-KIM.BEISPIEL-secret"))
                .containsExactly("password:identity.password.contains-email");
    }

    @Test
    void ignoresVeryShortLocalParts() {
        assertThat(PasswordPolicy.check("jo@example.org", "jolly good weather", "jolly good weather")).isEmpty();
    }

    @Test
    void reportsAConfirmationThatDiffersNextToTheConfirmationField() {
        assertThat(problems("Fahrrad Brücke Mond 7", "Fahrrad Brücke Mond 8"))
                .containsExactly("passwordConfirmation:identity.password.confirmation-mismatch");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(problems("kim.beispiel", "other")).containsExactlyInAnyOrder(
                "password:identity.password.contains-email",
                "passwordConfirmation:identity.password.confirmation-mismatch");
        assertThat(problems("", "")).containsExactly("password:identity.password.too-short");
    }
}
