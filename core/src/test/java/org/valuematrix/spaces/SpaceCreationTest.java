package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spaces.ao.AOCustomerSpace;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.testing.InMemorySpaceAdministration;
import org.valuematrix.testing.TestDatabase;

/** Creation is all or nothing, and its input is checked field by field. */
class SpaceCreationTest {

    @ParameterizedTest(name = "the {1}. call of {0} fails")
    @CsvSource({"createPrivateSpace,1", "revoke,1", "revoke,5", "grant,1", "grant,12", "updatePage,1",
        "createPage,1", "createPage,4", "restrictView,1"})
    void aFailureOfTheHostAtAnyStepLeavesNothingBehind(String method, int nth) {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            f.admin.failOn(method, nth);
            assertThatThrownBy(() -> f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "ACME"))
                    .isInstanceOf(SpaceAdministrationException.class);
            assertNothingLeft(f);
            // The same request succeeds once the host works again.
            f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "ACME");
            assertThat(f.admin.spaceCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "writing {0} fails")
    @CsvSource({"AOCustomerSpace", "AOSpaceAudit"})
    void aFailureOfTheDatabaseLeavesNothingBehind(String entity) {
        TestDatabase db = TestDatabase.h2();
        try (SpacesFixture f = new SpacesFixture(db, null)) {
            FailingAccess failing = new FailingAccess(db.ao(), entity);
            Spaces spaces = new Spaces(failing, f.admin, f.host.directory(), f.host.containers(),
                    f.host.vm().teamCatalog(), (t, v) -> 2, f.host.vm().caller(), f.host.messages(), f.host.clock(),
                    f.host.scheduler(), null);
            assertThatThrownBy(() -> spaces.creation().create(SpacesFixture.request(SpaceTemplate.PARTNER, "ACME"),
                    "mia", false)).isInstanceOf(EntityAccessException.class);
            assertNothingLeft(f);
        }
    }

    private static void assertNothingLeft(SpacesFixture f) {
        assertThat(f.admin.spaceCount()).isZero();
        assertThat(f.admin.grants("ACME")).isEmpty();
        assertThat(f.admin.pageCount()).isZero();
        assertThat(f.host.db().count(AOCustomerSpace.class)).isZero();
        assertThat(f.host.db().count(AOSpaceAudit.class)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpaceHasItsTreeWithInternalNotesRestrictedAndAnAuditEntry() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            CustomerSpace s = f.create(SpaceTemplate.PRODUCT_FEEDBACK, "FEED");
            List<InMemorySpaceAdministration.Page> pages = f.admin.rawPages("FEED");
            assertThat(pages).extracting(p -> p.title).containsExactly("Acme together", "Working norms", "Start here",
                    "Ideas", "Feedback threads", "Roadmap", "Release notes", "Internal notes");
            long home = pages.get(0).id;
            assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.parent).isEqualTo(home));
            InMemorySpaceAdministration.Page notes = pages.get(pages.size() - 1);
            assertThat(notes.id).isEqualTo(s.internalNotesId());
            assertThat(notes.viewGroups).isEqualTo(Set.of("product-team"));
            assertThat(pages.get(0).body).contains("Product").contains("Mia Moderator");
            List<Map<String, Object>> audit = f.spaces.audit().entries("FEED");
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0)).containsEntry("action", "created").containsEntry("actor", "ian")
                    .containsEntry("to", "rehearsal");
            assertThat((List<Object>) audit.get(0).get("diff")).contains("+VIEWSPACE group:product-team",
                    "-SETSPACEPERMISSIONS user:ian");
        }
    }

    @Test
    void aKeyInUseIsAConflict() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            f.create(SpaceTemplate.PARTNER, "ACME");
            assertThatThrownBy(() -> f.create(SpaceTemplate.PARTNER, "ACME")).isInstanceOfSatisfying(
                    SpaceRefusedException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.findings().get(0).message(f.host.messages()))
                                .isEqualTo("The space key ACME is already in use.");
                    });
            assertThat(f.admin.spaceCount()).isEqualTo(1);
        }
    }

    @Test
    void invalidFieldsAreNamed() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            SpaceRequest r = new SpaceRequest("wiki", "acme", " ", "acme", "nobody", List.of("ghost"),
                    List.of("nothing"), SpacesFixture.TODAY, null);
            assertThatThrownBy(() -> f.spaces.creation().create(r, "mia", false)).isInstanceOfSatisfying(
                    BadRequestException.class, e -> assertThat(e.errors()).containsOnlyKeys("template", "key", "name",
                            "team", "internalGroup", "moderators", "externalGroups", "expiresOn"));
            assertThat(f.admin.spaceCount()).isZero();
        }
    }

    /** The real database, except that creating rows of one entity fails as a refused insert would. */
    static final class FailingAccess implements EntityAccess {
        private final EntityAccess real;
        private final String failing;

        FailingAccess(EntityAccess real, String failing) {
            this.real = real;
            this.failing = failing;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void migrate(Class<? extends RawEntity<?>>... entities) {
            real.migrate(entities);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
            return real.find(type, query);
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
            if (type.getSimpleName().equals(failing)) {
                throw new EntityAccessException("injected failure", null);
            }
            return real.create(type, values);
        }

        @Override
        public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
            real.create(type, rows);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
            return real.count(type, query);
        }

        @Override
        public void delete(RawEntity<?>... entities) {
            real.delete(entities);
        }

        @Override
        public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
            return real.deleteWithSQL(type, criteria, parameters);
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
            real.stream(type, query, callback);
        }

        @Override
        public <T> T executeInTransaction(Supplier<T> work) {
            return real.executeInTransaction(work);
        }
    }
}
