package org.valuematrix.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import org.valuematrix.spi.Messages;

/**
 * Times as one viewer reads them: in their time zone and language. The exact time a relative
 * one stands for ("3 h ago" → "2 Dec 2026, 14:05 (Berlin time)"), and the day an entry falls on,
 * which groups the stream under Today, Yesterday and dates.
 */
final class ViewerTime {
    private final ZoneId zone;
    private final Messages messages;
    private final LocalDate today;
    private final DateTimeFormatter exact;
    private final DateTimeFormatter day;

    ViewerTime(ZoneId zone, Instant now, Messages messages) {
        this.zone = zone;
        this.messages = messages;
        this.today = LocalDate.ofInstant(now, zone);
        this.exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
    }

    /** @return the date and time with the zone's name, for a {@code <time title>} */
    String exact(Instant at) {
        // An offset has no name of its own ("Z"): as UTC+02:00 it reads as "GMT+02:00", UTC as "Coordinated Universal Time".
        ZoneId named = zone instanceof ZoneOffset ? ZoneId.ofOffset("UTC", (ZoneOffset) zone) : zone;
        return messages.text("vm.time.exact", exact.format(at), named.getDisplayName(TextStyle.FULL, messages.locale()));
    }

    /** @return the viewer's calendar day of {@code at} */
    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** @return "Today", "Yesterday" or the date written out */
    String heading(LocalDate date) {
        if (date.equals(today)) {
            return messages.text("vm.day.today");
        }
        if (date.equals(today.minusDays(1))) {
            return messages.text("vm.day.yesterday");
        }
        return day.format(date);
    }
}
