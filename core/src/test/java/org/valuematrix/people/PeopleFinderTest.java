package org.valuematrix.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.UserSearch;
import org.valuematrix.testing.TestHost;

/**
 * Whom each viewer finds by name in the standard organisation, with the real team visibility:
 * staff find anyone; a customer finds the internal staff and their own organisation; a partner
 * likewise; nobody outside learns of people in no team or in another outside organisation, and
 * such people answer exactly as people who do not exist.
 */
class PeopleFinderTest {
    private TestHost host;
    private PeopleFinder target;

    @BeforeEach
    void setUp() {
        host = TestHost.onH2().standard();
        target = new PeopleFinder(new Everyone(), new PeopleVisibility(host.vm().teamVisibility(), host.vm().membership()));
    }

    @AfterEach
    void tearDown() {
        host.close();
    }

    @Test
    void find_asStaff_shouldFindAnyone() {
        assertThat(usernames(target.find("vic", "a", 50))).contains("ann", "carl", "dora", "pat", "eve");
    }

    @Test
    void find_asCustomer_shouldFindStaffAndTheirOwnOrganisationOnly() {
        List<String> found = usernames(target.find("dora", "a", 50));

        assertThat(found).contains("ann", "bob", "carl", "dora").doesNotContain("pat", "eve", "vic");
        assertThat(usernames(target.find("pat", "a", 50))).contains("ann", "pat").doesNotContain("dora", "eve");
    }

    @Test
    void find_shouldFillTheLimitFromPeopleTheViewerMayFind() {
        // The host answers people in its own order; hidden ones are skipped, not counted.
        assertThat(usernames(target.find("dora", "a", 2))).hasSize(2).doesNotContain("pat", "eve", "vic");
    }

    @Test
    void resolver_shouldTakeAKeyOrAUserName_andAnswerHiddenPeopleAsUnknown() {
        assertThat(target.resolver("vic").apply("ann")).contains("ann");
        assertThat(target.resolver("vic").apply("Ann.Archer")).contains("ann");
        assertThat(target.resolver("dora").apply("ann.archer")).contains("ann");
        assertThat(target.resolver("dora").apply("pat")).isEmpty();
        assertThat(target.resolver("dora").apply("pat.page")).isEmpty();
        assertThat(target.resolver("dora").apply("nobody")).isEmpty();
        assertThat(target.resolver("vic").apply("nobody")).isEmpty();
    }

    private static List<String> usernames(List<Account> accounts) {
        List<String> out = new ArrayList<>();
        accounts.forEach(a -> out.add(a.key()));
        return out;
    }

    /**
     * The standard organisation's people as a host's search finds them: user names are
     * "first.last" (so that keys and names differ), display names as the directory has them.
     */
    private final class Everyone implements UserSearch {
        private List<Account> all() {
            List<Account> out = new ArrayList<>();
            for (String key : List.of("ann", "bob", "carl", "dora", "pat", "eve", "vic")) {
                String name = host.directory().person(key).orElseThrow().displayName();
                out.add(new Account(key, name.toLowerCase(Locale.ROOT).replace(' ', '.'), name));
            }
            return out;
        }

        @Override
        public List<Account> search(String query, int limit) {
            List<Account> out = new ArrayList<>();
            for (Account a : all()) {
                if (out.size() < limit && (a.username().startsWith(query.toLowerCase(Locale.ROOT))
                        || a.displayName().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))) {
                    out.add(a);
                }
            }
            return out;
        }

        @Override
        public Optional<Account> byUsername(String username) {
            return all().stream().filter(a -> a.username().equalsIgnoreCase(username)).findFirst();
        }

        @Override
        public Optional<Account> byKey(String key) {
            return all().stream().filter(a -> a.key().equals(key)).findFirst();
        }
    }
}
