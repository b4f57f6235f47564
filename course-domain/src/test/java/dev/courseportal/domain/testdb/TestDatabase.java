package dev.courseportal.domain.testdb;

import dev.courseportal.domain.platform.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One fresh, empty database of one kind, as the portal would be given it. */
public record TestDatabase(String kind, DataSource dataSource) {

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Brings the schema to this build's version, exactly as a start of the portal does. */
    public TestDatabase migrated() {
        Migrations.configuration(dataSource).load().migrate();
        return this;
    }

    @Override
    public String toString() {
        return kind;
    }
}
