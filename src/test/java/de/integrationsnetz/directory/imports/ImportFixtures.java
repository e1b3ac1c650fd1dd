package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.TestAccounts;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.shared.DistrictKey;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the import tests, all in Bautzen (14625) so that demo data stays untouched: a stored coordinator
 * account of the district, organisations with a location, files written as CSV (any charset) or XLSX, and a wait for
 * the background validation.
 */
final class ImportFixtures {

    static final DistrictKey BAUTZEN = DistrictKey.of("14625");

    private final TestAccounts accounts;
    private final UserDetailsService userDetails;
    private final OrganisationManagement organisations;
    private final LocationManagement locations;
    private final TransactionTemplate transactions;
    private final OfferImports imports;

    ImportFixtures(AccountRepository accountRepository, PasswordEncoder passwords, UserDetailsService userDetails,
            OrganisationManagement organisations, LocationManagement locations, TransactionTemplate transactions,
            OfferImports imports) {
        this.accounts = new TestAccounts(accountRepository, passwords);
        this.userDetails = userDetails;
        this.organisations = organisations;
        this.locations = locations;
        this.transactions = transactions;
        this.imports = imports;
    }

    CurrentUser coordinator() {
        String email = TestAccounts.uniqueEmail("import-coordinator");
        accounts.active(email, new RoleGrant(Role.COORDINATOR, BAUTZEN, null, null), Locale.GERMAN);
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    CurrentUser provider(OrganisationId organisation) {
        String email = TestAccounts.uniqueEmail("import-provider");
        accounts.active(email, new RoleGrant(Role.PROVIDER, BAUTZEN, null, organisation.value()), Locale.GERMAN);
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    /** A new organisation in Bautzen with one location at the given street in 02625 Bautzen. */
    OrganisationRef organisation(String name, String street) {
        OrganisationId id = OrganisationId.random();
        return transactions.execute(status -> {
            organisations.register(id, BAUTZEN, new OrganisationDetails(name, OrganisationType.ASSOCIATION, null,
                    new Address(street, null, "02625", "Bautzen"), null, null, null, null, null, Set.of(),
                    OrganisationStatus.ACTIVE), null, false);
            OrganisationRef ref = new OrganisationRef(id, BAUTZEN, name, false);
            locations.register(LocationId.random(), ref, new LocationDetails(LocationType.PHYSICAL, street, null,
                    new Address(street, null, "02625", "Bautzen"), null, null, null, null, false), null, false);
            return ref;
        });
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] csv(List<List<String>> rows, char separator, java.nio.charset.Charset charset) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(String.valueOf(separator), row.stream()
                    .map(cell -> cell.contains(String.valueOf(separator)) || cell.contains("\"")
                            ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell).toList())).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        de.integrationsnetz.directory.exports.TableWriter.xlsx("Tabelle1", rows.get(0), rows.subList(1, rows.size()),
                out);
        return out.toByteArray();
    }

    /** Uploads, keeps the guessed mapping, and waits for the background validation. */
    ImportJob uploadAndValidate(CurrentUser user, String fileName, byte[] content) {
        UUID id = imports.upload(user, fileName, content);
        ImportJob job = imports.get(id, user);
        assertThat(imports.map(id, user, job.mapping(), de.integrationsnetz.directory.offer.OfferStatus.DRAFT,
                true)).isEmpty();
        return awaitFinished(id, user);
    }

    ImportJob awaitFinished(UUID id, CurrentUser user) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            ImportJob job = imports.get(id, user);
            if (!job.status().isRunning() && job.status() != ImportStatus.MAPPED) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("Import job " + id + " did not finish");
    }
}
