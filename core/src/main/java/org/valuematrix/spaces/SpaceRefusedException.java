package org.valuematrix.spaces;

import java.util.List;

/** A change the safety rules refuse; REST answers it with the findings' sentences. */
public class SpaceRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Finding> findings;

    /** @param status 400 when the request itself is wrong, 403 for the caller, 409 for the space's state */
    public SpaceRefusedException(int status, List<Finding> findings) {
        super(findings.toString());
        this.status = status;
        this.findings = List.copyOf(findings);
    }

    public int status() {
        return status;
    }

    public List<Finding> findings() {
        return findings;
    }
}
