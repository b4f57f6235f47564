package dev.courseportal.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as staff screens show them, in the server's time zone (where the company runs the
 * portal). Not {@code f:convertDateTime type="instant"}: it formats an instant without a zone and
 * fails on any pattern with a date in it.
 */
@Named
@ApplicationScoped
public class StaffClock {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZoneId.systemDefault()));
    }

    public String second(Instant at) {
        return at == null ? "" : SECOND.format(at.atZone(ZoneId.systemDefault()));
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(ZoneId.systemDefault()));
    }
}
