package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.HostAuditLog;

/** Every audit row of a customer-facing space is also written to the host's audit log, with the same facts. */
class HostAuditedSpaceAuditTest {
    private final List<String> hostLog = new ArrayList<>();
    private final HostAuditLog log = (key, name, action, from, to, reason, diff) ->
            hostLog.add(String.join("|", key, name, action, String.valueOf(from), String.valueOf(to),
                    String.valueOf(reason), diff));

    @Test
    void aStageChange_shouldBeRecordedInCoreAndCopiedToTheHost() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            f.create(SpaceTemplate.CUSTOMER_COLLABORATION, "ACME");
            HostAuditedSpaceAudit target = new HostAuditedSpaceAudit(f.host.db().ao(), f.host.clock(), log);

            target.record("ACME", "mia", SpaceAudit.STAGE, SpaceStage.REHEARSAL, SpaceStage.INVITED,
                    "Acme signed the NDA", "+COMMENT group:acme-customers\n+VIEWSPACE group:acme-customers\n");

            assertThat(hostLog).containsExactly("ACME|Acme together|stage|rehearsal|invited|Acme signed the NDA|"
                    + "+COMMENT group:acme-customers\n+VIEWSPACE group:acme-customers");
            assertThat(f.spaces.audit().entries("ACME")).extracting(e -> e.get("action"))
                    .containsExactly(SpaceAudit.STAGE, SpaceAudit.CREATED);
        }
    }

    @Test
    void anEntryWithoutStagesOrDiff_shouldReachTheHostWithNone() {
        try (SpacesFixture f = SpacesFixture.onH2()) {
            HostAuditedSpaceAudit target = new HostAuditedSpaceAudit(f.host.db().ao(), f.host.clock(), log);

            target.record("GONE", SpaceAudit.SYSTEM, SpaceAudit.EXPIRY_NOTICE, null, null, null, null);

            assertThat(hostLog).containsExactly("GONE|GONE|expiry-notice|null|null|null|");
            assertThat(target.count("GONE")).isEqualTo(1);
        }
    }
}
