package org.valuematrix.standalone.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.Entities;
import org.valuematrix.spaces.SafetyRules;
import org.valuematrix.spaces.SpaceAudit;
import org.valuematrix.spaces.SpaceCreation;
import org.valuematrix.spaces.SpaceRequest;
import org.valuematrix.spaces.SpaceStore;
import org.valuematrix.spaces.ao.AOCustomerSpace;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.content.ao.AOContent;
import org.valuematrix.standalone.db.Database;
import org.valuematrix.standalone.db.HostEntities;
import org.valuematrix.standalone.directory.DirectoryStore;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.PasswordHasher;
import org.valuematrix.standalone.directory.User;
import org.valuematrix.standalone.spaces.ao.AOPageParent;
import org.valuematrix.standalone.spaces.ao.AOPageRestriction;
import org.valuematrix.standalone.spaces.ao.AOSpaceGrant;
import org.valuematrix.standalone.spi.StandaloneDirectory;
import org.valuematrix.standalone.spi.StandaloneEntityAccess;
import org.valuematrix.standalone.spi.StandaloneMessages;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamStore;

/**
 * The standalone host's space administration on a real database: a private space as Confluence
 * makes one, exact grants, inherited page restrictions, and creation from a template that leaves
 * nothing behind when the host fails at any step.
 */
class StandaloneSpaceAdministrationTest {
    @TempDir
    Path dir;
    private StandaloneEntityAccess ao;
    private EmbeddedDirectory directory;
    private SpacePermissions permissions;
    private StandaloneSpaceAdministration target;

    @BeforeEach
    void host() throws Exception {
        ao = new StandaloneEntityAccess(Database.h2(Files.createDirectories(dir.resolve("db"))));
        ao.migrate(HostEntities.asArray());
        ao.migrate(Entities.asArray());
        directory = new EmbeddedDirectory(new DirectoryStore(ao), new PasswordHasher(10));
        directory.add(List.of(new User("u1", "bob", "Bob", PasswordHasher.UNUSABLE, List.of("support")),
                new User("u2", "carla", "Carla", PasswordHasher.UNUSABLE, List.of("customer-acme")),
                new User("u3", "sue", "Sue", PasswordHasher.UNUSABLE, List.of("support"))), List.of());
        permissions = new SpacePermissions(ao);
        target = new StandaloneSpaceAdministration(ao, directory, new ContentStore(ao), Clock.systemUTC());
    }

    @Test
    void aPrivateSpaceGivesItsCreatorEveryPermissionAndNobodyElseAnything() {
        long home = target.createPrivateSpace("ACME", "Acme", "u1");

        assertThat(target.grants("ACME")).hasSize(SpaceGrant.Permission.values().length)
                .allMatch(g -> g.subject() == SpaceGrant.Subject.USER && g.name().equals("u1"));
        assertThat(directory.snapshot().canView("u1", "ACME")).isTrue();
        assertThat(directory.snapshot().canView("u3", "ACME")).isFalse();
        assertThat(target.pages("ACME")).extracting(SpacePage::id).containsExactly(home);
        assertThatThrownBy(() -> target.createPrivateSpace("ACME", "Again", "u3"))
                .isInstanceOf(SpaceAdministrationException.class);
        assertThat(target.grants("ACME")).hasSize(SpaceGrant.Permission.values().length);
    }

    @Test
    void grantsAreExactAndViewAndCommentAreEnforced() {
        target.createPrivateSpace("ACME", "Acme", "u1");
        target.grant("ACME", SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "customer-acme"));
        target.grant("ACME", SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "customer-acme"));
        target.grant("ACME", SpaceGrant.anonymous(SpaceGrant.Permission.VIEWSPACE));

        assertThat(directory.snapshot().canView("u2", "ACME")).isTrue();
        assertThat(permissions.holds(directory.snapshot(), "u2", "ACME", SpaceGrant.Permission.COMMENT)).isFalse();
        assertThat(target.grants("ACME")).contains(SpaceGrant.anonymous(SpaceGrant.Permission.VIEWSPACE))
                .hasSize(SpaceGrant.Permission.values().length + 2);

        target.revoke("ACME", SpaceGrant.anonymous(SpaceGrant.Permission.VIEWSPACE));
        target.revoke("ACME", SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "customer-acme"));
        assertThat(directory.snapshot().canView("u2", "ACME")).isFalse();
        assertThat(target.grants("ACME")).hasSize(SpaceGrant.Permission.values().length);
    }

    @Test
    void aRestrictionHoldsForThePageAndEveryPageBelowIt() {
        long home = target.createPrivateSpace("ACME", "Acme", "u1");
        target.grant("ACME", SpaceGrant.group(SpaceGrant.Permission.VIEWSPACE, "customer-acme"));
        long notes = target.createPage("ACME", home, "Internal notes", "<p>x</p>");
        long below = target.createPage("ACME", notes, "Below", "<p>y</p>");
        target.restrictView(notes, Set.of("support"));

        assertThat(permissions.canViewPage(directory.snapshot(), "u2", home)).isTrue();
        assertThat(permissions.canViewPage(directory.snapshot(), "u2", notes)).isFalse();
        assertThat(permissions.canViewPage(directory.snapshot(), "u2", below)).isFalse();
        assertThat(permissions.canViewPage(directory.snapshot(), "u3", below)).isTrue();
        assertThat(target.pages("ACME")).filteredOn(p -> p.id() == notes).singleElement()
                .satisfies(p -> assertThat(p.viewGroups()).containsExactly("support"));
    }

    @ParameterizedTest(name = "the {1}. call of {0} fails")
    @CsvSource({"createPrivateSpace,1", "revoke,1", "grant,3", "updatePage,1", "createPage,1", "createPage,5",
        "restrictView,1"})
    void aFailureAtAnyStepOfACreationLeavesNothingBehind(String method, int nth) {
        TeamStore teamStore = new TeamStore(ao);
        teamStore.put("support", "Customer Support", TeamKind.INTERNAL, List.of("support"), null);
        teamStore.put("acme", "Acme", TeamKind.CUSTOMER, List.of("customer-acme"), null);
        TeamCatalog teams = new TeamCatalog(teamStore, Clock.systemUTC());
        Failing host = new Failing(target, method, nth);
        SpaceCreation creation = new SpaceCreation(host, new StandaloneDirectory(directory), teams,
                new SafetyRules(host, teams), new SpaceStore(ao, Clock.systemUTC()), new SpaceAudit(ao, Clock.systemUTC()),
                ao, StandaloneMessages.english(), Clock.systemUTC());
        SpaceRequest request = new SpaceRequest("partner", "ACME", "Acme", "support", "support", List.of("bob"),
                List.of("customer-acme"), LocalDate.now().plusDays(30), null);

        assertThatThrownBy(() -> creation.create(request, "u1", false)).isInstanceOf(SpaceAdministrationException.class);

        assertThat(directory.snapshot().container("ACME")).isEmpty();
        for (Class<? extends net.java.ao.RawEntity<?>> table : List.of(AOSpaceGrant.class, AOContent.class,
                AOPageParent.class, AOPageRestriction.class, AOCustomerSpace.class, AOSpaceAudit.class)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int rows = ao.count((Class) table, Query.select());
            assertThat(rows).as(table.getSimpleName()).isZero();
        }
        // The host works again: the same request makes the space.
        assertThat(new SpaceCreation(target, new StandaloneDirectory(directory), teams, new SafetyRules(target, teams),
                new SpaceStore(ao, Clock.systemUTC()), new SpaceAudit(ao, Clock.systemUTC()), ao,
                StandaloneMessages.english(), Clock.systemUTC()).create(request, "u1", false).key()).isEqualTo("ACME");
        assertThat(target.pages("ACME")).extracting(SpacePage::title).contains("Internal notes", "Working norms");
    }

    /** The real host, except that the n-th call of one method fails as the host would refuse it. */
    private static final class Failing implements SpaceAdministration {
        private final SpaceAdministration real;
        private final String method;
        private int left;

        Failing(SpaceAdministration real, String method, int nth) {
            this.real = real;
            this.method = method;
            this.left = nth;
        }

        private void call(String name) {
            if (name.equals(method) && --left == 0) {
                throw new SpaceAdministrationException("injected failure of " + name);
            }
        }

        @Override
        public boolean spaceExists(String key) {
            return real.spaceExists(key);
        }

        @Override
        public long createPrivateSpace(String key, String name, String creatorKey) {
            call("createPrivateSpace");
            return real.createPrivateSpace(key, name, creatorKey);
        }

        @Override
        public void removeSpace(String key) {
            real.removeSpace(key);
        }

        @Override
        public void grant(String spaceKey, SpaceGrant grant) {
            call("grant");
            real.grant(spaceKey, grant);
        }

        @Override
        public void revoke(String spaceKey, SpaceGrant grant) {
            call("revoke");
            real.revoke(spaceKey, grant);
        }

        @Override
        public Set<SpaceGrant> grants(String spaceKey) {
            return real.grants(spaceKey);
        }

        @Override
        public long createPage(String spaceKey, long parentId, String title, String body) {
            call("createPage");
            return real.createPage(spaceKey, parentId, title, body);
        }

        @Override
        public void updatePage(long pageId, String title, String body) {
            call("updatePage");
            real.updatePage(pageId, title, body);
        }

        @Override
        public void restrictView(long pageId, Set<String> groups) {
            call("restrictView");
            real.restrictView(pageId, groups);
        }

        @Override
        public List<SpacePage> pages(String spaceKey) {
            return real.pages(spaceKey);
        }

        @Override
        public boolean groupExists(String group) {
            return real.groupExists(group);
        }

        @Override
        public Optional<String> userKey(String username) {
            return real.userKey(username);
        }

        @Override
        public Set<String> members(String group) {
            return real.members(group);
        }

        @Override
        public boolean profilesVisibleTo(String group) {
            return real.profilesVisibleTo(group);
        }
    }
}
