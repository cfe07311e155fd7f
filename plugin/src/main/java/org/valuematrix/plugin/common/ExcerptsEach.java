package org.valuematrix.plugin.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.valuematrix.spi.ContentExcerpts.Ref;

/** What the products' excerpt adapters share: each entry's words read on their own. */
public final class ExcerptsEach {
    private ExcerptsEach() {
    }

    /**
     * @param words one entry's words, or "" for none
     * @return the entries that have words
     */
    public static Map<Ref, String> read(Collection<Ref> refs, Function<Ref, String> words, Logger log, String product) {
        Map<Ref, String> out = new LinkedHashMap<>();
        for (Ref ref : refs) {
            try {
                String text = words.apply(ref);
                if (!text.isEmpty()) {
                    out.put(ref, text);
                }
            } catch (RuntimeException e) {
                // The words only decorate an entry: one comment the product fails to read must not cost the page.
                log.warn("{} could not read comment {} for its excerpt", product, ref.id(), e);
            }
        }
        return out;
    }
}
