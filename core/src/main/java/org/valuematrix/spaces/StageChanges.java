package org.valuematrix.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceGrant;

/**
 * Moving a customer-facing space between stages. Going back is always allowed and immediate. Going
 * forward shows the permission diff and the findings first; with {@code confirm} it happens unless
 * something is refused. Public is for administrators only. The readiness gate warns when the owning
 * team has not reached stage 2; moderators then stop there, an administrator may go on, and the
 * reason is recorded as an override.
 */
public class StageChanges {
    private final SpaceAdministration host;
    private final SpaceStore store;
    private final SpaceAudit audit;
    private final SafetyRules rules;
    private final PreOpeningCheck check;
    private final Readiness readiness;
    private final Messages messages;
    private final Clock clock;
    private final LinkedProjectClosing linked;

    @SuppressWarnings("checkstyle:ParameterNumber")
    StageChanges(SpaceAdministration host, SpaceStore store, SpaceAudit audit, SafetyRules rules,
            PreOpeningCheck check, Readiness readiness, Messages messages, Clock clock, LinkedProjectClosing linked) {
        this.linked = linked;
        this.host = host;
        this.store = store;
        this.audit = audit;
        this.rules = rules;
        this.check = check;
        this.readiness = readiness;
        this.messages = messages;
        this.clock = clock;
    }

    /** The outcome: what changes (or would), what was found, and whether it happened. */
    public static final class Outcome {
        final CustomerSpace space;
        final SpaceStage to;
        final PermissionDiff diff;
        final List<Finding> findings;
        final boolean changed;
        final boolean confirmed;

        Outcome(CustomerSpace space, SpaceStage to, PermissionDiff diff, List<Finding> findings, boolean changed,
                boolean confirmed) {
            this.confirmed = confirmed;
            this.space = space;
            this.to = to;
            this.diff = diff;
            this.findings = List.copyOf(findings);
            this.changed = changed;
        }

        public CustomerSpace space() {
            return space;
        }

        public PermissionDiff diff() {
            return diff;
        }

        public List<Finding> findings() {
            return findings;
        }

        public boolean changed() {
            return changed;
        }

        /** @return whether the request asked for the change (not only its preview) */
        public boolean confirmed() {
            return confirmed;
        }

        public boolean refused() {
            return findings.stream().anyMatch(f -> f.level() == Finding.Level.REFUSED);
        }

        /** @return {@code {"from","to","changed","diff":{…},"findings":[…]}} */
        public Map<String, Object> toMap(Messages messages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", space.stage().wire());
            m.put("to", to.wire());
            m.put("changed", changed);
            m.put("diff", diff.toMap());
            List<Map<String, Object>> f = new ArrayList<>();
            findings.forEach(x -> f.add(x.toMap(messages)));
            m.put("findings", f);
            return m;
        }
    }

    /**
     * Previews or makes the change. The caller must be a moderator of the space or an administrator.
     *
     * @throws NotFoundException when there is no such customer-facing space
     * @throws SpaceRefusedException 403 for a caller who may not, 409 for a confirmed change refused
     */
    public Outcome change(String key, String user, boolean admin, StageChange request) {
        if (request.confirm && (request.reason == null || request.reason.isBlank())) {
            throw org.valuematrix.rest.BadRequestException.of("reason", messages.text("vm.spaces.invalid.reasonRequired"));
        }
        if (request.stage == SpaceStage.PUBLIC && !admin) {
            throw new SpaceRefusedException(403, List.of(Finding.refused("publicAdminOnly", "stage")));
        }
        CustomerSpace before = store.space(key).orElseThrow(() -> new NotFoundException("no such space"));
        requireModerator(before, user, admin);
        // Read outside the space's lock: the matrix keeps its answers in transactions of its own.
        int teamStage = readiness.stage(before.team(), user);
        if (!request.confirm) {
            return evaluate(before, admin, request, LocalDate.now(clock), teamStage);
        }
        GrantChanges[] applied = new GrantChanges[1];
        Deque<Runnable> projectUndo = new ArrayDeque<>();
        try {
            return store.locked(key, locked -> {
                CustomerSpace space = locked.space();
                requireModerator(space, user, admin);
                Outcome o = evaluate(space, admin, request, LocalDate.now(clock), teamStage);
                if (o.refused()) {
                    return o;
                }
                applied[0] = new GrantChanges(host, key);
                applied[0].apply(o.diff);
                if (closesLinks(space, request.stage)) {
                    linked.close(key, user, space.stage(), request.reason.trim(), projectUndo);
                }
                locked.stage(request.stage);
                if (request.expiresOn != null) {
                    locked.expiresOn(request.expiresOn);
                    audit.record(key, user, SpaceAudit.EXPIRY_SET, space.stage(), space.stage(),
                            request.expiresOn.toString(), null);
                }
                audit.record(key, user, SpaceAudit.STAGE, space.stage(), request.stage, request.reason.trim(),
                        o.diff.toText());
                if (o.findings.stream().anyMatch(f -> "readiness".equals(f.rule()))) {
                    audit.record(key, user, SpaceAudit.OVERRIDE, space.stage(), request.stage, request.reason.trim(),
                            null);
                }
                return new Outcome(space, request.stage, o.diff, o.findings, true, true);
            }).orElseThrow(() -> new NotFoundException("no such space"));
        } catch (RuntimeException e) {
            ProjectLinks.undo(projectUndo, key);
            if (applied[0] != null) {
                applied[0].undo();
            }
            throw e;
        }
    }

    private static boolean closesLinks(CustomerSpace space, SpaceStage to) {
        return to == SpaceStage.REHEARSAL && space.stage() != SpaceStage.REHEARSAL;
    }

    private Outcome evaluate(CustomerSpace space, boolean admin, StageChange request, LocalDate today,
            int teamStage) {
        Set<SpaceGrant> current = host.grants(space.key());
        Set<SpaceGrant> target = StagePresets.grants(space, request.stage);
        PermissionDiff diff = PermissionDiff.between(current, target);
        List<Finding> findings = new ArrayList<>(SafetyRules.grants(target, space.externalGroups(), request.stage));
        if (closesLinks(space, request.stage)) {
            findings.addAll(linked.preview(space.key()));
        }
        if (space.stage().opensTo(request.stage) || request.stage != SpaceStage.REHEARSAL && space.stage() == request.stage) {
            findings.addAll(SafetyRules.openAccess(current, request.stage));
            boolean override = admin && request.reason != null && !request.reason.isBlank();
            findings.addAll(rules.groups(space.internalGroup(), space.externalGroups(), current, override));
            findings.addAll(check.run(space));
            LocalDate expires = request.expiresOn != null ? request.expiresOn : space.expiresOn();
            if (!expires.isAfter(today)) {
                findings.add(Finding.refused("expired", "expiresOn", space.expiresOn().toString()));
            }
            if (teamStage < Readiness.READY_STAGE) {
                findings.add(admin ? Finding.warning("readiness", teamStage)
                        : Finding.refused("readiness", "stage", teamStage));
            }
        }
        return new Outcome(space, request.stage, diff, findings, false, request.confirm);
    }

    private static void requireModerator(CustomerSpace space, String user, boolean admin) {
        if (!admin && !space.moderators().contains(user)) {
            throw new SpaceRefusedException(403, List.of(Finding.refused("moderatorsOnly", "stage")));
        }
    }
}
