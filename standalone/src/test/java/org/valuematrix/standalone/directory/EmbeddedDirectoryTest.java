package org.valuematrix.standalone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuematrix.standalone.db.Database;
import org.valuematrix.standalone.db.HostEntities;
import org.valuematrix.standalone.spi.StandaloneEntityAccess;

/**
 * Logging in costs the same hashing work whether the name exists, cannot log in, or does not
 * exist: counted in PBKDF2 iterations, not timed.
 */
class EmbeddedDirectoryTest {
    private static final int COST = 2_000;

    @TempDir
    Path dir;
    private StandaloneEntityAccess ao;
    private PasswordHasher hasher;
    private EmbeddedDirectory target;

    @BeforeEach
    void directory() throws Exception {
        ao = new StandaloneEntityAccess(Database.h2(Files.createDirectories(dir.resolve("db"))));
        ao.migrate(HostEntities.asArray());
        hasher = new PasswordHasher(COST);
        target = new EmbeddedDirectory(new DirectoryStore(ao), hasher);
        target.add(List.of(new User("u1", "alice", "Alice", PasswordHasher.UNUSABLE, List.of("staff")),
                new User("u2", "locked-out", "Nobody Yet", PasswordHasher.UNUSABLE, List.of("staff"))), List.of());
        target.setPasswordHashes(Map.of("u1", hasher.hash("secret")));
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void authenticate_shouldAcceptOnlyTheRightPassword() {
        assertThat(target.authenticate("alice", "secret")).map(User::key).hasValue("u1");
        assertThat(target.authenticate("alice", "Secret")).isEmpty();
        assertThat(target.authenticate("nobody", "secret")).isEmpty();
        assertThat(target.authenticate("locked-out", "")).isEmpty();
    }

    @Test
    void authenticate_shouldDoTheSameHashingWorkForKnownUnknownAndUnusableNames() {
        long known = work(() -> target.authenticate("alice", "wrong").isPresent());
        long right = work(() -> target.authenticate("alice", "secret").isPresent());
        long unknown = work(() -> target.authenticate("nobody", "wrong").isPresent());
        long unusable = work(() -> target.authenticate("locked-out", "wrong").isPresent());
        long nullPassword = work(() -> target.authenticate(null, null).isPresent());

        assertThat(known).isEqualTo(COST);
        assertThat(right).isEqualTo(COST);
        assertThat(unknown).as("an unknown name").isEqualTo(COST);
        assertThat(unusable).as("a name without a password").isEqualTo(COST);
        assertThat(nullPassword).isEqualTo(COST);
    }

    @Test
    void decoy_shouldFollowTheCostOfTheStoredHashes() {
        PasswordHasher stronger = new PasswordHasher(3_000);
        target.setPasswordHashes(Map.of("u1", stronger.hash("secret"), "u2", stronger.hash("other")));

        assertThat(work(() -> target.authenticate("nobody", "x").isPresent())).isEqualTo(3_000);
        assertThat(work(() -> target.authenticate("alice", "x").isPresent())).isEqualTo(3_000);
    }

    private long work(Supplier<Boolean> login) {
        long before = hasher.iterationsDerived();
        login.get();
        return hasher.iterationsDerived() - before;
    }
}
