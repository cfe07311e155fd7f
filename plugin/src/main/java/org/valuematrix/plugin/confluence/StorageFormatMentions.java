package org.valuematrix.plugin.confluence;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds @mentions in Confluence storage format: a mention is a user link,
 * {@code <ac:link><ri:user ri:userkey="…"/></ac:link>}, so the user keys are read from the
 * body itself, with no dependency on the mentions plugin's events.
 */
final class StorageFormatMentions {
    private static final Pattern USER_KEY = Pattern.compile("<ri:user\\s[^>]*ri:userkey=\"([^\"]+)\"");

    private StorageFormatMentions() {
    }

    /** @return the mentioned user keys, in order of first appearance; empty for a null body */
    static Set<String> userKeys(String storageFormat) {
        Set<String> keys = new LinkedHashSet<>();
        if (storageFormat == null) {
            return keys;
        }
        Matcher m = USER_KEY.matcher(storageFormat);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
