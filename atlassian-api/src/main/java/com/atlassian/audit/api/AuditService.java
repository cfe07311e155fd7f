package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

/**
 * Compile-only re-declaration (interface, as in the host) of the host's audit log (Confluence 7.5+,
 * Jira 8.8+).
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 (shipped with Confluence 8.7.2)
 * {@code com.atlassian.audit.api.AuditService} ({@code public interface AuditService},
 * {@code void audit(@Nonnull AuditEvent)}).
 */
public interface AuditService {

    void audit(AuditEvent event);
}
