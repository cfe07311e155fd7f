package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuematrix.activity.ActivityObject;

class WorkItemKeysTest {

    @ParameterizedTest
    @CsvSource({
        "/browse/SUP-1?focusedCommentId=9#comment-9, /browse/SUP-1",
        "/pages/viewpage.action?pageId=5#comment-9, /pages/viewpage.action?pageId=5",
        "/pages/viewpage.action?pageId=5&focusedCommentId=9#comment-9, /pages/viewpage.action?pageId=5",
        "/display/ENG/Plan?focusedCommentId=9&x=1#comment-9, /display/ENG/Plan?x=1",
        "/display/ENG/Plan, /display/ENG/Plan"
    })
    void address_shouldBeTheItemsWithoutTheCommentSingledOut(String url, String item) {
        assertThat(WorkItemKeys.address(url)).isEqualTo(item);
    }

    @Test
    void aCommentAndItsPage_shouldNameTheSameItem() {
        assertThat(WorkItemKeys.of("confluence", new ActivityObject("comment", "9", "Plan", "/display/ENG/Plan#comment-9")))
                .isEqualTo(WorkItemKeys.of("confluence", new ActivityObject("page", "5", "Plan", "/display/ENG/Plan")))
                .isPresent();
    }

    @Test
    void theSameAddressInAnotherProduct_shouldNameAnotherItem() {
        ActivityObject page = new ActivityObject("page", "5", "Plan", "/x/5");
        assertThat(WorkItemKeys.of("jira", page)).isNotEqualTo(WorkItemKeys.of("confluence", page));
    }

    @Test
    void otherObjects_shouldNameNoItem() {
        assertThat(WorkItemKeys.of("confluence", new ActivityObject("attachment", "3", "f.png", "/download/3"))).isEmpty();
        assertThat(WorkItemKeys.of("confluence", new ActivityObject("comment", "3", "", ""))).isEmpty();
    }

    @Test
    void anItemWithoutAddress_shouldBeNamedByTypeAndId() {
        assertThat(WorkItemKeys.of("jira", new ActivityObject("issue", "SUP-1", "", "")))
                .isEqualTo(WorkItemKeys.of("jira", new ActivityObject("issue", "SUP-1", "other title", "")))
                .isNotEqualTo(WorkItemKeys.of("jira", new ActivityObject("issue", "SUP-2", "", "")));
    }
}
