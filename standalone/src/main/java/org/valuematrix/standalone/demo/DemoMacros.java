package org.valuematrix.standalone.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.standalone.demo.DemoOrganisation.ContainerSpec;
import org.valuematrix.standalone.web.MacroMarkup;

/** The cross-team-activity macros the demo puts on each space's home and activity pages. */
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
        return MacroMarkup.macro(p);
    }

    static String activity() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", "across");
        p.put("max", "10");
        return MacroMarkup.macro(p);
    }
}
