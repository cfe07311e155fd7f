package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.SalFixtures.userKey;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.Account;

@ExtendWith(MockitoExtension.class)
class SalUserSearchTest {
    @Mock
    private UserManager users;
    @Mock
    private ProductHost product;
    private SalUserSearch target;

    @BeforeEach
    void setUp() {
        target = new SalUserSearch(users, product);
    }

    @Test
    void byUsername_shouldAnswerKeyUsernameAndFullNameFromSal() {
        UserProfile sam = profile("8a7f808a", "sam", "Sam Okoro");
        when(users.getUserProfile("sam")).thenReturn(sam);

        assertThat(target.byUsername("sam")).contains(new Account("8a7f808a", "sam", "Sam Okoro"));
        assertThat(target.byUsername("nobody")).isEmpty();
    }

    @Test
    void byKey_shouldAskSalByUserKey() {
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            UserProfile sam = profile("8a7f808a", "sam", "Sam Okoro");
            when(users.getUserProfile(keyOf("8a7f808a"))).thenReturn(sam);

            assertThat(target.byKey("8a7f808a")).contains(new Account("8a7f808a", "sam", "Sam Okoro"));
            assertThat(target.byKey("ghost")).isEmpty();
        }
    }

    @Test
    void search_shouldAskTheProductsOwnSearch() {
        List<Account> found = List.of(new Account("k1", "sam", "Sam Okoro"));
        when(product.findUsers("sa", 5)).thenReturn(found);

        assertThat(target.search("sa", 5)).isEqualTo(found);
    }

    @Test
    void aProductWithoutNameSearch_shouldFindNobodyByPartOfAName() {
        ProductHost plain = mock(ProductHost.class, org.mockito.Answers.CALLS_REAL_METHODS);

        assertThat(new SalUserSearch(users, plain).search("sa", 5)).isEmpty();
    }

    private static UserProfile profile(String key, String username, String fullName) {
        UserProfile p = mock(UserProfile.class);
        UserKey k = userKey(key);
        when(p.getUserKey()).thenReturn(k);
        when(p.getUsername()).thenReturn(username);
        when(p.getFullName()).thenReturn(fullName);
        return p;
    }
}
