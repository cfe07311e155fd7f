package org.valuematrix.standalone.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity's log into SLF4J, instead of the velocity.log file it would write in the working directory. */
public class Slf4jLogChute implements LogChute {
    private static final Logger LOG = LoggerFactory.getLogger("org.apache.velocity");

    @Override
    public void init(RuntimeServices rs) {
        // nothing to configure
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        switch (level) {
            case ERROR_ID: LOG.error(message, t); break;
            case WARN_ID: LOG.warn(message, t); break;
            case INFO_ID: LOG.debug(message, t); break;
            default: LOG.trace(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        switch (level) {
            case ERROR_ID: return LOG.isErrorEnabled();
            case WARN_ID: return LOG.isWarnEnabled();
            case INFO_ID: return LOG.isDebugEnabled();
            default: return LOG.isTraceEnabled();
        }
    }
}
