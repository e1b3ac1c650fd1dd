package de.integrationsnetz.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.search.SearchProperties.RebuildOnStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the index is rebuilt at start (docs/directory.md §4.7): the epoch in the index directory against the epoch in
 * the database, an empty index against published offers, and the configured mode. Plain unit tests on a temporary
 * directory.
 */
class SearchIndexStateTests {

    private static final UUID EPOCH = UUID.fromString("3f2a6c1e-0000-4000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("3f2a6c1e-0000-4000-8000-000000000002");

    @TempDir
    Path root;

    @Test
    void epochFileKeepsTheEpochOfTheLastRebuild() {
        EpochFile file = new EpochFile(root.resolve("search"));
        assertThat(file.read()).isEmpty();

        file.write(EPOCH);
        assertThat(file.read()).contains(EPOCH);
        file.write(OTHER);
        assertThat(new EpochFile(root.resolve("search")).read()).contains(OTHER);
        assertThat(root.resolve("search").resolve("EPOCH.tmp")).doesNotExist();
    }

    @Test
    void aDamagedEpochFileCountsAsNoEpoch() throws IOException {
        Files.writeString(root.resolve(EpochFile.NAME), "not-a-uuid");

        assertThat(new EpochFile(root).read()).isEmpty();
        assertThat(check(RebuildOnStart.AUTO, true, new EpochFile(root).read(), Optional.of(EPOCH), 5, 5))
                .isEqualTo(RebuildReason.INDEX_WITHOUT_EPOCH);
    }

    @Test
    void leavesAnIndexAloneThatWasBuiltAgainstThisDatabase() {
        EpochFile file = new EpochFile(root);
        file.write(EPOCH);

        assertThat(check(RebuildOnStart.AUTO, true, file.read(), Optional.of(EPOCH), 200, 200)).isNull();
        assertThat(check(RebuildOnStart.AUTO, true, file.read(), Optional.of(EPOCH), 0, 0)).isNull();
    }

    @Test
    void rebuildsAMissingIndex() {
        assertThat(check(RebuildOnStart.AUTO, true, new EpochFile(root).read(), Optional.of(EPOCH), 0, 200))
                .isEqualTo(RebuildReason.INDEX_WITHOUT_EPOCH);
    }

    @Test
    void rebuildsAgainstADatabaseThatNeverHadARebuild() {
        new EpochFile(root).write(EPOCH);

        assertThat(check(RebuildOnStart.AUTO, true, new EpochFile(root).read(), Optional.empty(), 200, 200))
                .isEqualTo(RebuildReason.DATABASE_WITHOUT_EPOCH);
    }

    @Test
    void rebuildsWhenTheDatabaseWasRestoredWithoutItsIndex() {
        EpochFile file = new EpochFile(root);
        file.write(OTHER);

        // The database comes from a backup taken after an earlier rebuild (EPOCH); the index is younger (OTHER).
        assertThat(check(RebuildOnStart.AUTO, true, file.read(), Optional.of(EPOCH), 200, 180))
                .isEqualTo(RebuildReason.EPOCH_MISMATCH);
    }

    @Test
    void rebuildsAnEmptyIndexWhileOffersArePublished() {
        new EpochFile(root).write(EPOCH);

        assertThat(check(RebuildOnStart.AUTO, true, new EpochFile(root).read(), Optional.of(EPOCH), 0, 3))
                .isEqualTo(RebuildReason.INDEX_EMPTY);
    }

    @Test
    void rebuildsAnIndexThatCountsOtherOffersThanTheDatabase() {
        new EpochFile(root).write(EPOCH);

        // A dump restored over the running system: same epoch, but the index still has offers the dump lacks.
        assertThat(check(RebuildOnStart.AUTO, true, new EpochFile(root).read(), Optional.of(EPOCH), 205, 200))
                .isEqualTo(RebuildReason.INDEX_OUT_OF_STEP);
        assertThat(check(RebuildOnStart.AUTO, false, Optional.empty(), Optional.empty(), 199, 200))
                .isEqualTo(RebuildReason.INDEX_OUT_OF_STEP);
    }

    @Test
    void checksAnIndexInMemoryOnlyForItsContent() {
        assertThat(check(RebuildOnStart.AUTO, false, Optional.empty(), Optional.empty(), 10, 10)).isNull();
        assertThat(check(RebuildOnStart.AUTO, false, Optional.empty(), Optional.of(EPOCH), 0, 10))
                .isEqualTo(RebuildReason.INDEX_EMPTY);
    }

    @Test
    void followsTheConfiguredMode() {
        assertThat(check(RebuildOnStart.NEVER, true, Optional.empty(), Optional.empty(), 0, 10)).isNull();
        new EpochFile(root).write(EPOCH);
        assertThat(check(RebuildOnStart.ALWAYS, true, new EpochFile(root).read(), Optional.of(EPOCH), 10, 10))
                .isEqualTo(RebuildReason.ALWAYS_ON_START);
    }

    @Test
    void mapsItsSettingsOntoHibernateSearchAsDefaultsOnly() {
        SearchProperties disk = new SearchProperties("local-filesystem", root.resolve("search"), "9.12.3",
                RebuildOnStart.AUTO, null, java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(30),
                org.springframework.util.unit.DataSize.ofMegabytes(32));
        SearchProperties heap = new SearchProperties("local-heap", root.resolve("search"), "9.12.3",
                RebuildOnStart.AUTO, null, java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(30),
                org.springframework.util.unit.DataSize.ofMegabytes(32));

        assertThat(SearchConfiguration.hibernateSearchDefaults(disk))
                .containsEntry("hibernate.search.backend.directory.root", root.resolve("search").toString())
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "write-sync")
                .containsEntry("hibernate.search.backend.lucene_version", "9.12.3");
        assertThat(SearchConfiguration.hibernateSearchDefaults(heap))
                .doesNotContainKey("hibernate.search.backend.directory.root")
                .containsEntry("hibernate.search.backend.directory.type", "local-heap")
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        assertThat(org.apache.lucene.util.Version.LATEST.toString())
                .as("app.directory.search.lucene-version follows the Lucene on the classpath")
                .isEqualTo(disk.luceneVersion());
    }

    private static RebuildReason check(RebuildOnStart mode, boolean persistent, Optional<UUID> index,
            Optional<UUID> database, long documents, long published) {
        return new StartupCheck(mode, persistent, index, database, documents, published).rebuildReason();
    }
}
