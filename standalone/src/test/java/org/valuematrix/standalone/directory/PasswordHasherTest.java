package org.valuematrix.standalone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher target = new PasswordHasher(1_000);

    @Test
    void hash_shouldVerifyTheRightPasswordOnly() {
        String hash = target.hash("demo");

        assertThat(PasswordHasher.verify("demo", hash)).isTrue();
        assertThat(PasswordHasher.verify("Demo", hash)).isFalse();
        assertThat(PasswordHasher.verify("", hash)).isFalse();
    }

    @Test
    void hash_shouldBeSaltedAndNeverContainThePassword() {
        String one = target.hash("demo");
        String two = target.hash("demo");

        assertThat(one).isNotEqualTo(two).startsWith("pbkdf2-sha256$1000$").doesNotContain("demo");
    }

    @Test
    void verify_withMalformedHash_shouldBeFalse() {
        assertThat(PasswordHasher.verify("demo", "demo")).isFalse();
        assertThat(PasswordHasher.verify("demo", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(PasswordHasher.verify("demo", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(PasswordHasher.verify("demo", "md5$1$a$b")).isFalse();
        assertThat(PasswordHasher.verify(null, target.hash("demo"))).isFalse();
    }
}
