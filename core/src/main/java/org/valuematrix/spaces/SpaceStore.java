package org.valuematrix.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.java.ao.Query;
import org.valuematrix.spaces.ao.AOCustomerSpace;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/** The customer-facing spaces in Active Objects; a change of one space holds its row's lock. */
public class SpaceStore {
    private final EntityAccess ao;
    private final Clock clock;

    public SpaceStore(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    public Optional<CustomerSpace> space(String key) {
        AOCustomerSpace[] rows = ao.find(AOCustomerSpace.class, Query.select().where("SPACE_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(of(rows[0]));
    }

    /** @return every customer-facing space, by key */
    public List<CustomerSpace> all() {
        List<CustomerSpace> out = new ArrayList<>();
        for (AOCustomerSpace row : ao.find(AOCustomerSpace.class, Query.select().order("SPACE_KEY"))) {
            out.add(of(row));
        }
        return out;
    }

    /** Adds the row of a space just made; in the caller's transaction. */
    public void add(CustomerSpace s, String createdBy) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", s.key());
        row.put("NAME", s.name());
        row.put("TEMPLATE", s.template().wire());
        row.put("TEAM", s.team());
        row.put("INTERNAL_GROUP", s.internalGroup());
        row.put("MODERATORS", String.join("\n", s.moderators()));
        row.put("EXTERNAL_GROUPS", String.join("\n", s.externalGroups()));
        row.put("EXPIRES_ON", s.expiresOn().toEpochDay());
        row.put("STAGE", s.stage().wire());
        row.put("INTERNAL_NOTES_ID", s.internalNotesId());
        row.put("EXPIRED", false);
        row.put("NOTICE_SENT", false);
        row.put("REVISION", 0L);
        row.put("CREATED_BY", createdBy);
        row.put("CREATED_AT", clock.millis());
        ao.create(AOCustomerSpace.class, row);
    }

    /**
     * Runs the work in one transaction holding the space's row lock, with the space as committed
     * once the lock was taken; empty when there is no such space.
     */
    public <T> Optional<T> locked(String key, Function<Locked, T> work) {
        return ao.executeInTransaction(() -> {
            AOCustomerSpace[] rows = ao.find(AOCustomerSpace.class, Query.select().where("SPACE_KEY = ?", key));
            if (rows.length == 0) {
                return Optional.<T>empty();
            }
            rows[0].setRevision(rows[0].getRevision() + 1);
            save(rows[0]);
            // READ COMMITTED: a read after the lock sees what the previous holder committed.
            AOCustomerSpace row = ao.find(AOCustomerSpace.class, Query.select().where("SPACE_KEY = ?", key))[0];
            return Optional.ofNullable(work.apply(new Locked(row)));
        });
    }

    /** A space whose row this transaction has locked. */
    public static final class Locked {
        private final AOCustomerSpace row;

        Locked(AOCustomerSpace row) {
            this.row = row;
        }

        public CustomerSpace space() {
            return of(row);
        }

        public void stage(SpaceStage stage) {
            row.setStage(stage.wire());
            save(row);
        }

        public void expired(boolean expired) {
            row.setExpired(expired);
            save(row);
        }

        public void noticeSent(boolean sent) {
            row.setNoticeSent(sent);
            save(row);
        }

        public void expiresOn(LocalDate day) {
            row.setExpiresOn(day.toEpochDay());
            row.setExpired(false);
            row.setNoticeSent(false);
            save(row);
        }
    }

    private static void save(AOCustomerSpace row) {
        try {
            row.save();
        } catch (EntityAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EntityAccessException("could not update a customer-facing space", e);
        }
    }

    static CustomerSpace of(AOCustomerSpace r) {
        return new CustomerSpace(r.getSpaceKey(), r.getName(), SpaceTemplate.parse(r.getTemplate()).orElseThrow(),
                r.getTeam(), r.getInternalGroup(), lines(r.getModerators()), lines(r.getExternalGroups()),
                LocalDate.ofEpochDay(r.getExpiresOn()), SpaceStage.parse(r.getStage()).orElseThrow(),
                r.getInternalNotesId(), r.isExpired(), r.isNoticeSent());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
