package org.valuematrix.web;

import java.time.Duration;
import java.time.Instant;
import org.valuematrix.spi.Messages;

/** "5 minutes ago", in the viewer's language. */
final class RelativeTime {
    private RelativeTime() {
    }

    static String of(Instant then, Instant now, Messages messages) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 60) {
            return messages.text("vm.time.now");
        }
        if (s < 3600) {
            return messages.text("vm.time.minutes", s / 60);
        }
        if (s < 86_400) {
            return messages.text("vm.time.hours", s / 3600);
        }
        if (s < 86_400L * 45) {
            return messages.text("vm.time.days", s / 86_400);
        }
        if (s < 86_400L * 365) {
            return messages.text("vm.time.months", s / (86_400L * 30));
        }
        return messages.text("vm.time.years", s / (86_400L * 365));
    }
}
