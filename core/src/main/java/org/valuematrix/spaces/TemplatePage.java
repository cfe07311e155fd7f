package org.valuematrix.spaces;

import java.util.List;

/**
 * One page of a template's tree: its bundle id (title {@code vm.spaces.page.<id>.title}, blocks
 * {@code vm.spaces.page.<id>.<block>}), the blocks of its body in order, and its children.
 * A block is written {@code h:<name>} (a heading), {@code p:<name>} (a paragraph) or
 * {@code li:<name>} (a list item; consecutive items make one list).
 */
public final class TemplatePage {
    /** The page the internal group alone may view; its English title is "Internal notes". */
    public static final String INTERNAL_NOTES = "internal";

    private final String id;
    private final List<String> blocks;
    private final List<TemplatePage> children;

    TemplatePage(String id, List<String> blocks, List<TemplatePage> children) {
        this.id = id;
        this.blocks = List.copyOf(blocks);
        this.children = List.copyOf(children);
    }

    static TemplatePage page(String id, String... blocks) {
        return new TemplatePage(id, List.of(blocks), List.of());
    }

    TemplatePage with(TemplatePage... children) {
        return new TemplatePage(id, blocks, List.of(children));
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return "vm.spaces.page." + id + ".title";
    }

    public List<String> blocks() {
        return blocks;
    }

    /** @return the bundle key of a block */
    public String blockKey(String block) {
        return "vm.spaces.page." + id + "." + block.substring(block.indexOf(':') + 1);
    }

    public List<TemplatePage> children() {
        return children;
    }

    public boolean isInternalNotes() {
        return INTERNAL_NOTES.equals(id);
    }
}
