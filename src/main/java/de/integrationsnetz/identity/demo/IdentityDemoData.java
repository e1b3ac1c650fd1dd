package de.integrationsnetz.identity.demo;

import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo accounts once (they are marked as demo); {@code app.demo.enabled=false} switches this off. */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(10)
class IdentityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String demoPassword;

    IdentityDemoData(AccountRepository accounts, PasswordEncoder passwords,
            @Value("${app.demo.password:Demo-2026!}") String demoPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.demoPassword = demoPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String encoded = null;
        int created = 0;
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            if (accounts.existsByEmail(demo.email())) {
                continue;
            }
            if (encoded == null) {
                encoded = passwords.encode(demoPassword);
            }
            Account account = new Account(demo.id(), demo.email(), demo.displayName(), List.of(demo.grant()),
                    Locale.GERMAN, true);
            account.changePassword(encoded);
            accounts.save(account);
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password: app.demo.password)", created);
        }
    }
}
