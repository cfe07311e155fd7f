package org.valuematrix.standalone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.Container;

class DirectorySnapshotTest {
    private final DirectorySnapshot target = new DirectorySnapshot(
            List.of(user("u1", "ann", "administrators", "staff"), user("u2", "ben", "engineering", "staff"),
                    user("u3", "cat", "customer-acme")),
            List.of(container("ENG", "staff"), container("HRC", "people"), container("ACME", "support", "customer-acme")));

    @Test
    void visibleTo_shouldAnswerFromGroups() {
        assertThat(target.visibleTo("u2")).containsExactly("ENG");
        assertThat(target.visibleTo("u3")).containsExactly("ACME");
        assertThat(target.visibleTo("nobody")).isEmpty();
        assertThat(target.visibleTo(null)).isEmpty();
    }

    @Test
    void membersAndAdmins_shouldFollowGroups() {
        assertThat(target.membersOf("staff")).containsExactly("u1", "u2");
        assertThat(target.membersOf("unknown")).isEmpty();
        assertThat(target.isAdmin("u1")).isTrue();
        assertThat(target.isAdmin("u2")).isFalse();
        assertThat(target.isAdmin(null)).isFalse();
        assertThat(target.groups()).contains("people", "support", "administrators");
    }

    private static User user(String key, String name, String... groups) {
        return new User(key, name, name, "pbkdf2-sha256$1$AA$AA", List.of(groups));
    }

    private static DirectoryContainer container(String key, String... groups) {
        return new DirectoryContainer(new Container(key, key, Products.CONFLUENCE, "/display/" + key), "", List.of(groups));
    }
}
