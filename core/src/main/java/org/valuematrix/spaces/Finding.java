package org.valuematrix.spaces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.spi.Messages;

/**
 * One result of the safety rules or the pre-opening check: a rule, how serious it is, and its
 * sentence (bundle key {@code vm.spaces.<level>.<rule>} filled with its arguments).
 */
public final class Finding {
    /** Refused: the change cannot happen while it holds. Warning: the moderator must read it. */
    public enum Level {
        REFUSED, WARNING, PASSED
    }

    private final String rule;
    private final Level level;
    private final String field;
    private final List<Object> args;
    private final String prefix;

    private Finding(String rule, Level level, String field, Object... args) {
        this("vm.spaces.", rule, level, field, args);
    }

    private Finding(String prefix, String rule, Level level, String field, Object... args) {
        this.prefix = prefix;
        this.rule = rule;
        this.level = level;
        this.field = field;
        this.args = List.of(args);
    }

    /** A finding about linking a project, whose sentence is {@code vm.spaces.link.<level>.<rule>}. */
    public static Finding link(Level level, String rule, String field, Object... args) {
        return new Finding("vm.spaces.link.", rule, level, field, args);
    }

    /** @param field the request field the refusal is about */
    public static Finding refused(String rule, String field, Object... args) {
        return new Finding(rule, Level.REFUSED, field, args);
    }

    public static Finding warning(String rule, Object... args) {
        return new Finding(rule, Level.WARNING, null, args);
    }

    public static Finding passed(String rule, Object... args) {
        return new Finding(rule, Level.PASSED, null, args);
    }

    public String rule() {
        return rule;
    }

    public Level level() {
        return level;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return prefix + level.name().toLowerCase(java.util.Locale.ROOT) + "." + rule;
    }

    public String message(Messages messages) {
        return messages.text(messageKey(), args.toArray());
    }

    /** @return {@code {"rule","level","message"}} */
    public Map<String, Object> toMap(Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", rule);
        m.put("level", level.name().toLowerCase(java.util.Locale.ROOT));
        m.put("message", message(messages));
        return m;
    }

    @Override
    public String toString() {
        return level + " " + rule + " " + args;
    }
}
