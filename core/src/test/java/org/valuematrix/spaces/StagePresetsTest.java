package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.spi.SpaceGrant.Permission.COMMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.CREATEATTACHMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.EDITBLOG;
import static org.valuematrix.spi.SpaceGrant.Permission.EDITSPACE;
import static org.valuematrix.spi.SpaceGrant.Permission.EXPORTSPACE;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEATTACHMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEBLOG;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVECOMMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEMAIL;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEOWNCONTENT;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEPAGE;
import static org.valuematrix.spi.SpaceGrant.Permission.SETPAGEPERMISSIONS;
import static org.valuematrix.spi.SpaceGrant.Permission.VIEWSPACE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpaceGrant.Permission;

/** Every template, every transition forwards and back: the host holds exactly the stage's grants. */
class StagePresetsTest {
    private static SpacesFixture fixture;
    private static int n;

    @BeforeAll
    static void start() {
        fixture = SpacesFixture.onH2();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** The grants each stage gives, written out here rather than computed by the code under test. */
    static Set<SpaceGrant> expected(SpaceStage stage) {
        Set<SpaceGrant> out = new HashSet<>();
        for (Permission p : List.of(VIEWSPACE, REMOVEOWNCONTENT, COMMENT, EDITSPACE, EDITBLOG, CREATEATTACHMENT,
                EXPORTSPACE)) {
            out.add(SpaceGrant.group(p, "product-team"));
        }
        for (Permission p : List.of(VIEWSPACE, REMOVEOWNCONTENT, COMMENT, EDITSPACE, REMOVEPAGE, REMOVECOMMENT,
                REMOVEBLOG, CREATEATTACHMENT, REMOVEATTACHMENT, EDITBLOG, EXPORTSPACE, REMOVEMAIL,
                SETPAGEPERMISSIONS)) {
            out.add(SpaceGrant.user(p, "mia"));
        }
        if (stage != SpaceStage.REHEARSAL) {
            out.add(SpaceGrant.group(VIEWSPACE, "acme-customers"));
            out.add(SpaceGrant.group(COMMENT, "acme-customers"));
        }
        if (stage == SpaceStage.PUBLIC) {
            out.add(SpaceGrant.anonymous(VIEWSPACE));
        }
        return out;
    }

    static Stream<Arguments> transitions() {
        List<Arguments> out = new ArrayList<>();
        for (SpaceTemplate t : SpaceTemplate.values()) {
            for (SpaceStage from : SpaceStage.values()) {
                for (SpaceStage to : SpaceStage.values()) {
                    out.add(Arguments.of(t, from, to));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @MethodSource("transitions")
    void theHostHoldsExactlyTheStagesGrants(SpaceTemplate template, SpaceStage from, SpaceStage to) {
        String key = "T" + (++n);
        fixture.create(template, key);
        assertThat(fixture.admin.grants(key)).as("a new space, created by ian who is no moderator")
                .isEqualTo(expected(SpaceStage.REHEARSAL));
        for (SpaceStage s : SpaceStage.values()) {
            if (s.ordinal() > 0 && s.ordinal() <= from.ordinal()) {
                fixture.move(key, s, "admin");
            }
        }
        assertThat(fixture.admin.grants(key)).isEqualTo(expected(from));

        StageChanges.Outcome o = fixture.move(key, to, "admin");

        assertThat(o.changed()).isTrue();
        assertThat(fixture.admin.grants(key)).isEqualTo(expected(to));
        Set<SpaceGrant> added = new HashSet<>(expected(to));
        added.removeAll(expected(from));
        Set<SpaceGrant> removed = new HashSet<>(expected(from));
        removed.removeAll(expected(to));
        assertThat(o.diff().added()).containsExactlyInAnyOrderElementsOf(added);
        assertThat(o.diff().removed()).containsExactlyInAnyOrderElementsOf(removed);
        assertThat(fixture.spaces.store().space(key).orElseThrow().stage()).isEqualTo(to);
    }
}
