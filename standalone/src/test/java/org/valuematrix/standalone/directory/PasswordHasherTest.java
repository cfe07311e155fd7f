package org.valuematrix.standalone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher target = new PasswordHasher(1_000);

    @Test
    void hash_shouldVerifyTheRightPasswordOnly() {
        String hash = target.hash("demo");

        assertThat(target.verify("demo", hash)).isTrue();
        assertThat(target.verify("Demo", hash)).isFalse();
        assertThat(target.verify("", hash)).isFalse();
    }

    @Test
    void hash_shouldBeSaltedAndNeverContainThePassword() {
        String one = target.hash("demo");
        String two = target.hash("demo");

        assertThat(one).isNotEqualTo(two).startsWith("pbkdf2-sha256$1000$").doesNotContain("demo");
    }

    @Test
    void verify_withMalformedHash_shouldBeFalse() {
        assertThat(target.verify("demo", "demo")).isFalse();
        assertThat(target.verify("demo", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(target.verify("demo", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(target.verify("demo", "md5$1$a$b")).isFalse();
        assertThat(target.verify(null, target.hash("demo"))).isFalse();
    }

    @Test
    void decoy_shouldCostWhatARealHashOfThatCostDoesAndMatchNothing() {
        String real = new PasswordHasher(700).hash("demo");
        String decoy = target.decoy(700);
        long before = target.iterationsDerived();

        assertThat(target.verify("demo", real)).isTrue();
        long realWork = target.iterationsDerived() - before;
        assertThat(target.verify("demo", decoy)).isFalse();
        long decoyWork = target.iterationsDerived() - before - realWork;

        assertThat(realWork).isEqualTo(700);
        assertThat(decoyWork).isEqualTo(realWork);
        assertThat(PasswordHasher.iterationsOf(decoy)).hasValue(700);
        assertThat(PasswordHasher.iterationsOf(PasswordHasher.UNUSABLE)).isEmpty();
    }
}
