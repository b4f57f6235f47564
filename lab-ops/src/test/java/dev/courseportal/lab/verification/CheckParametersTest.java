package dev.courseportal.lab.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validation that keeps a lesson's check from reaching anything but its own lab. */
class CheckParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example.com/", "//evil.example.com/x", "/a//b", "connectors", "/x/../secret",
            "/https:evil", "/a b", "/a\\b", "/a@b", "/a#b", "/%2e%2e/x", "/x\n"})
    void httpStatusRefusesPathsThatCouldLeaveTheService(String path) {
        InvalidCheckException e = assertThrows(InvalidCheckException.class, () -> HttpStatusCheck.safePath(path));
        assertEquals("check.badParam", e.labMessage().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/connectors", "/connectors/inventory-connector/status", "/api/v1/query?query=up",
            "/subjects/lab.inventory.customers-value/versions/latest", "/api/status"})
    void httpStatusAcceptsPlainPaths(String path) throws Exception {
        assertEquals(path, HttpStatusCheck.safePath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM inventory.customers", "SELECT 1; DROP TABLE inventory.customers",
            "UPDATE inventory.customers SET email = 'x'", "", "copy inventory.customers to '/tmp/x'"})
    void sqlReturnsRefusesAnythingButOneQuery(String sql) {
        assertThrows(InvalidCheckException.class, () -> SqlReturnsCheck.oneQuery(sql));
    }

    @Test
    void sqlReturnsAcceptsOneQueryWithATrailingSemicolon() throws Exception {
        assertEquals("SELECT count(*) FROM inventory.customers",
                SqlReturnsCheck.oneQuery("  SELECT count(*) FROM inventory.customers;  "));
        assertEquals("with x as (select 1) select * from x", SqlReturnsCheck.oneQuery("with x as (select 1) select * from x"));
    }

    @Test
    void namesTablesAndEnumsAreValidated() throws Exception {
        CheckParams params = new CheckParams(Map.of("connector", "inventory-connector", "bad", "a/b",
                "table", "Inventory.Customers", "identity", "full", "active", "maybe", "n", "0"));
        assertEquals("inventory-connector", params.name("connector"));
        assertThrows(InvalidCheckException.class, () -> params.name("bad"));
        assertThrows(InvalidCheckException.class, () -> params.name("missing"));
        assertEquals(new CheckParams.QualifiedTable("inventory", "customers"), params.table("table", "public"));
        assertEquals(Optional.of("FULL"), params.oneOf("identity", Set.of("DEFAULT", "FULL")));
        assertThrows(InvalidCheckException.class, () -> params.bool("active"));
        assertThrows(InvalidCheckException.class, () -> params.integer("n", 1, 1, 10));
        assertEquals(5, params.integer("absent", 5, 1, 10));
    }
}
