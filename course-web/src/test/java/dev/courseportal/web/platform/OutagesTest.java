package dev.courseportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Only an unreachable database is an outage; every other failure keeps the error page. */
class OutagesTest {

    @Test
    void aConnectionThatCouldNotBeMadeOrWasCutIsAnOutageHoweverWrapped() {
        // What PostgreSQL's driver throws when nobody listens, as the EJB and servlet layers wrap it.
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertTrue(Outages.isDatabaseOutage(new ServletException(new EJBException(new RuntimeException(refused)))));
        assertTrue(Outages.isDatabaseOutage(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(Outages.isDatabaseOutage(new SQLTransientConnectionException("pool")));
        assertTrue(Outages.isDatabaseOutage(new SQLException("IJ000453: Unable to get managed connection",
                new ResourceException("IJ000655: No managed connections available within configured blocking timeout"))));
    }

    @Test
    void aRefusedStatementOrABugIsNoOutage() {
        assertFalse(Outages.isDatabaseOutage(new EJBException(new SQLException("duplicate key", "23505"))));
        assertFalse(Outages.isDatabaseOutage(new ServletException(new IllegalStateException("a bug"))));
        assertFalse(Outages.isDatabaseOutage(new SQLException("no state")));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first", "42000");
        SQLException second = new SQLException("second", "42000");
        first.setNextException(second);
        second.setNextException(first);
        RuntimeException looping = new RuntimeException(first);
        assertFalse(Outages.isDatabaseOutage(looping));
    }
}
