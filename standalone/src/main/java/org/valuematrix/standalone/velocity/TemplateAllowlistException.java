package org.valuematrix.standalone.velocity;

/** A template context or a template call outside {@link AllowedTypes}: a bug to fix, not a user error. */
public class TemplateAllowlistException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateAllowlistException(String message) {
        super(message);
    }
}
