package de.integrationsnetz.directory.freshness;

import static de.integrationsnetz.directory.freshness.FreshnessFixtures.mailsTo;
import static de.integrationsnetz.directory.freshness.FreshnessFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Multi-node correctness (§6.3): runs of the same district at the same time send one set of mails, because of the
 * advisory lock and the notice rows. Offers of Landkreis Leipzig (14729, no demo data).
 */
@de.integrationsnetz.support.IntegrationTest
class FreshnessLockTests {

    static final DistrictKey LEIPZIG_LAND = DistrictKey.of("14729");

    @Autowired FreshnessRun run;
    @Autowired GreenMail greenMail;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired OrganisationManagement organisations;
    @Autowired ConfirmationLinks links;

    FreshnessFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FreshnessFixtures(transactions, entityManager, organisations, links);
    }

    @Test
    void twoConcurrentRunsSendOneSetOfMails() throws Exception {
        List<String> maintainers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String maintainer = FreshnessFixtures.uniqueEmail("lock");
            maintainers.add(maintainer);
            fixtures.published(fixtures.organisation(LEIPZIG_LAND, maintainer), "Angebot " + i,
                    Instant.now().minus(Duration.ofDays(151 + i)));
        }
        Instant now = Instant.now();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<FreshnessRun.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return run.runFor(LEIPZIG_LAND, now);
                }));
            }
            FreshnessRun.Result first = runs.get(0).get(60, TimeUnit.SECONDS);
            FreshnessRun.Result second = runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first.mails() + second.mails()).as("mails decided by both runs together, none twice").isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }

        for (String maintainer : maintainers) {
            assertThat(mailsTo(greenMail, maintainer, 1)).hasSize(1);
        }
        run.runFor(LEIPZIG_LAND, now);
        Thread.sleep(1500);
        for (String maintainer : maintainers) {
            assertThat(received(greenMail, maintainer)).as("exactly one mail to %s", maintainer).hasSize(1);
        }
    }

    @Test
    void aRunSkipsTheDistrictWhileAnotherNodeHoldsIt() throws Exception {
        String maintainer = FreshnessFixtures.uniqueEmail("held");
        fixtures.published(fixtures.organisation(LEIPZIG_LAND, maintainer), "Gehaltenes Angebot",
                Instant.now().minus(Duration.ofDays(152)));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> transactions.executeWithoutResult(tx -> {
            jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('directory.freshness'), 14729)",
                    Boolean.class);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            FreshnessRun.Result skipped = run.runFor(LEIPZIG_LAND, Instant.now());
            assertThat(skipped.skipped()).isTrue();
            assertThat(received(greenMail, maintainer)).isEmpty();
        } finally {
            release.countDown();
            otherNode.join(10_000);
        }

        FreshnessRun.Result done = run.runFor(LEIPZIG_LAND, Instant.now());
        assertThat(done.skipped()).isFalse();
        assertThat(mailsTo(greenMail, maintainer, 1)).hasSize(1);
    }
}
