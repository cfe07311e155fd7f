package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageFormatMentionsTest {

    @Test
    void userKeys_shouldReadUserLinksInOrderWithoutDuplicates() {
        String body = "<p><ac:link><ri:user ri:userkey=\"8a7f0001\" /></ac:link> and "
                + "<ac:link><ri:user ri:username=\"old\" ri:userkey=\"8a7f0002\"/></ac:link>, again "
                + "<ac:link><ri:user ri:userkey=\"8a7f0001\"/></ac:link></p>";

        assertThat(StorageFormatMentions.userKeys(body)).containsExactly("8a7f0001", "8a7f0002");
    }

    @Test
    void userKeys_shouldIgnorePageLinksAndNullBodies() {
        assertThat(StorageFormatMentions.userKeys("<ac:link><ri:page ri:content-title=\"Home\"/></ac:link>")).isEmpty();
        assertThat(StorageFormatMentions.userKeys(null)).isEmpty();
    }
}
