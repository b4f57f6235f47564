package dev.courseportal.domain.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * How the portal migrates a database: {@link SchemaMigration} at every start, and the upgrade and
 * backup tests, which so migrate a database of an earlier release exactly as a start of this build
 * would. (Not on the EJB itself: a session bean must not have static methods.)
 */
public final class Migrations {

    private Migrations() {
    }

    public static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // The EJB timer store may have created its table before the first migration ran.
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
