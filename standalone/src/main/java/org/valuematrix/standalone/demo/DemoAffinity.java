package org.valuematrix.standalone.demo;

import java.util.Map;
import java.util.Random;

/** Which other teams a team tends to work with when it crosses its silo, with weights. */
final class DemoAffinity {
    // People & HR and Finance keep to themselves (TeamJourney): other teams seldom seek them out.
    private static final Map<String, Map<String, Integer>> PARTNERS = Map.ofEntries(
            Map.entry("prod", Map.of("eng", 4, "design", 3, "marketing", 2, "sales", 2, "support", 2, "qa", 1)),
            Map.entry("eng", Map.of("qa", 4, "prod", 2, "ops", 2, "it", 1, "design", 2, "support", 2)),
            Map.entry("support", Map.of("eng", 3, "prod", 2, "qa", 1, "sales", 1, "it", 1)),
            Map.entry("sales", Map.of("marketing", 3, "prod", 2, "legal", 2, "support", 1)),
            Map.entry("marketing", Map.of("sales", 3, "prod", 2, "design", 2)),
            Map.entry("hr", Map.of("finance", 2, "legal", 2, "ops", 2, "it", 1)),
            Map.entry("finance", Map.of("hr", 2, "legal", 2, "sales", 2, "ops", 1)),
            Map.entry("legal", Map.of("sales", 2, "prod", 1, "support", 1)),
            Map.entry("it", Map.of("eng", 2, "ops", 2, "support", 1, "qa", 1, "design", 1)),
            Map.entry("design", Map.of("prod", 2, "eng", 2, "marketing", 2)),
            Map.entry("qa", Map.of("eng", 4, "prod", 1, "support", 1, "design", 1, "ops", 1)),
            Map.entry("ops", Map.of("it", 2, "eng", 1, "support", 1, "qa", 1, "design", 1)));

    private DemoAffinity() {
    }

    /** @return a partner team for {@code team}, drawn by weight (in a stable key order) */
    static String partner(String team, Random random) {
        Map<String, Integer> weights = PARTNERS.get(team);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = random.nextInt(total);
        for (String key : new java.util.TreeSet<>(weights.keySet())) {
            x -= weights.get(key);
            if (x < 0) {
                return key;
            }
        }
        throw new IllegalStateException("weights of " + team);
    }
}
