package org.valuematrix.plugin;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import org.mockito.MockedConstruction;

/**
 * SAL test data. {@code UserKey} is a compile-only re-declaration whose constructor throws, as
 * every re-declared member does; code under test that builds keys runs inside {@link #userKeys()},
 * which hands out mocks carrying the key they were built with.
 */
public final class SalFixtures {
    private SalFixtures() {
    }

    /** Intercepts {@code new UserKey(value)} until closed: each key answers {@code getStringValue()}. */
    public static MockedConstruction<UserKey> userKeys() {
        return mockConstruction(UserKey.class,
                (key, context) -> when(key.getStringValue()).thenReturn((String) context.arguments().get(0)));
    }

    public static UserKey userKey(String value) {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn(value);
        return key;
    }

    /** Matches a user key by its value (keys built by the code under test are distinct mocks). */
    public static UserKey keyOf(String value) {
        return argThat(k -> k != null && value.equals(k.getStringValue()));
    }
}
