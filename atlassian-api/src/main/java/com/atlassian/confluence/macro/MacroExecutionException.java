package com.atlassian.confluence.macro;

/**
 * Compile-only re-declaration (checked exception class, as in Confluence) that
 * {@link Macro#execute} declares. Value Matrix only declares it, never throws it.
 *
 * <p>Checked against: the {@code throws MacroExecutionException} clause of {@code Macro#execute}
 * in public Confluence macros of the code index.
 */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        throw new UnsupportedOperationException("compile-only");
    }
}
