package org.valuematrix.standalone.demo;

import org.valuematrix.activity.Verb;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentType;

/** The words of the demo's comments: what people say on pages and issues, chosen by the comment's number. */
final class DemoComments {
    private static final String[] ON_PAGES = {
        "Thanks, this answers what I was going to ask about \"%s\".",
        "I followed the steps here and the second one fails for me. Could you take a look?",
        "Looks good to me. Could we link this from the space's home page?",
        "We ran into the same thing last week; the workaround below helped.",
        "Could you add an example? I am not sure how this applies to our setup.",
        "A short summary at the top would help the people who ask us about this.",
        "I have added the numbers from our side. They match yours.",
        "Is this still current? The screenshots look older than the text.",
    };
    private static final String[] ON_ISSUES = {
        "I can reproduce this on the latest build. Logs attached to %s.",
        "This blocks our release checklist; can we look at it this week?",
        "Fixed on our side, please check again and close if it works for you.",
        "The customer confirmed the workaround, but they would like a proper fix.",
        "Adding the steps that trigger it: open the page, filter, then reload.",
        "I think this is a duplicate of an older report; linking them.",
    };
    private static final String[] REPLIES = {
        "Good point, I have changed it.",
        "Agreed. I will update it today.",
        "Thanks for checking! Let me know if anything else is missing.",
        "I am not sure; let us ask in the next review.",
    };

    private DemoComments() {
    }

    static String text(long number, Verb verb, Content item) {
        String[] choices = verb == Verb.REPLIED ? REPLIES : item.type() == ContentType.ISSUE ? ON_ISSUES : ON_PAGES;
        String pattern = choices[(int) (number % choices.length)];
        return pattern.contains("%s") ? String.format(pattern, item.type() == ContentType.ISSUE ? item.slug() : item.title())
                : pattern;
    }
}
