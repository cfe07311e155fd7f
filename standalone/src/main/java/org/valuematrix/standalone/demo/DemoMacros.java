package org.valuematrix.standalone.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.standalone.demo.DemoOrganisation.ContainerSpec;
import org.valuematrix.standalone.web.MacroMarkup;

/**
 * The macros the demo puts on each space's home and activity pages: cross-team activity
 * everywhere, and the owning team's value matrix on a team space's home.
 */
final class DemoMacros {
    private DemoMacros() {
    }

    /** Team spaces show their team, shared and restricted ones themselves, customer spaces their external activity. */
    static String home(ContainerSpec space) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (space.role()) {
            case TEAM:
                p.put("teams", space.owner());
                break;
            case CUSTOMER:
                p.put("scope", "external");
                p.put("spaces", space.key());
                break;
            default:
                p.put("spaces", space.key());
                p.put("mode", "compact");
        }
        p.put("max", "10");
        String activity = MacroMarkup.macro(p);
        if (space.role() != DemoOrganisation.Role.TEAM) {
            return activity;
        }
        return MacroMarkup.macro(MacroMarkup.MATRIX_MACRO, Map.of("team", space.owner())) + "\n\n" + activity;
    }

    static String activity() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", "across");
        p.put("max", "10");
        return MacroMarkup.macro(p);
    }
}
