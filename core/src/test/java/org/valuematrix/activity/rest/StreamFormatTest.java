package org.valuematrix.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stream's format follows the Accept header as RFC 9110 weighs it; JSON unless another is preferred. */
class StreamFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "|JSON",
        "*/*|JSON",
        "application/json|JSON",
        "application/atom+xml|ATOM",
        "application/activity+json|ACTIVITY_STREAMS",
        "application/activity+json, application/json;q=0.5|ACTIVITY_STREAMS",
        "application/json;q=0.5, application/atom+xml|ATOM",
        "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.8|ATOM",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|JSON",
        "application/*|JSON",
        "application/json;q=0, */*|ACTIVITY_STREAMS",
        "APPLICATION/ATOM+XML|ATOM",
        "application/atom+xml;q=0.2, application/*;q=0.1|ATOM",
        "application/atom+xml;q=bogus, application/json;q=0.1|JSON",
        "nonsense|JSON"})
    void of_shouldPickThePreferredFormat(String accept, StreamFormat expected) {
        assertThat(StreamFormat.of(accept)).isEqualTo(expected);
    }
}
