package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.service.content.SpaceService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link SpaceService} as the decompiled Confluence 8.7.2 answers it: only the spaces the signed-in
 * user may view, restricted to the keys asked for (all of them when none is asked for), sorted by
 * name, at most {@code cap} a page, {@code start} counted in those spaces. Records each finder's keys
 * and each page asked for.
 */
final class SpaceServiceFake implements SpaceService {
    private final Map<String, Space> viewable;
    private final List<String> byName;
    private final int cap;
    final List<Set<String>> finders = new ArrayList<>();
    final List<PageRequest> pages = new ArrayList<>();

    SpaceServiceFake(List<Space> viewable, int cap) {
        this.viewable = viewable.stream().collect(Collectors.toMap(Space::getKey, Function.identity()));
        this.byName = viewable.stream().sorted(Comparator.comparing(Space::getName).thenComparing(Space::getKey))
                .map(Space::getKey).collect(Collectors.toList());
        this.cap = cap;
    }

    @Override
    public SpaceFinder find(Expansion... expansions) {
        return new Finder();
    }

    private final class Finder implements SpaceFinder {
        private Set<String> keys = Set.of();

        @Override
        public SpaceFinder withKeys(String... spaceKeys) {
            keys = new LinkedHashSet<>(List.of(spaceKeys));
            finders.add(keys);
            return this;
        }

        @Override
        public PageResponse<Space> fetchMany(PageRequest request) {
            pages.add(request);
            List<String> matching = keys.isEmpty() ? byName
                    : byName.stream().filter(keys::contains).collect(Collectors.toList());
            int from = Math.min(request.getStart(), matching.size());
            int to = Math.min(from + Math.min(request.getLimit(), cap), matching.size());
            List<Space> results = new ArrayList<>();
            for (String key : matching.subList(from, to)) {
                results.add(viewable.get(key));
            }
            return page(results, to < matching.size());
        }
    }

    private static PageResponse<Space> page(List<Space> results, boolean more) {
        return new PageResponse<>() {
            @Override
            public List<Space> getResults() {
                return Collections.unmodifiableList(results);
            }

            @Override
            public boolean hasMore() {
                return more;
            }
        };
    }
}
