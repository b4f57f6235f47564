package dev.courseportal.domain.backup.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How a column's values travel in a backup file: as JSON numbers, booleans and strings, with
 * instants in UTC, so that a file written from H2 restores into PostgreSQL and back unchanged.
 */
public enum ColumnCodec {
    INTEGER(Types.INTEGER), BIGINT(Types.BIGINT), DECIMAL(Types.NUMERIC), DOUBLE(Types.DOUBLE),
    BOOLEAN(Types.BOOLEAN), TEXT(Types.VARCHAR), DATE(Types.DATE), INSTANT(Types.TIMESTAMP_WITH_TIMEZONE),
    LOCAL_TIMESTAMP(Types.TIMESTAMP);

    private final int sqlType;

    ColumnCodec(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The codec of a result column; a type no backed-up table uses yet is refused, not guessed. */
    public static ColumnCodec of(ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        String typeName = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> INTEGER;
            case Types.BIGINT -> BIGINT;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
            // PostgreSQL's driver reports timestamptz as a plain TIMESTAMP.
            case Types.TIMESTAMP -> typeName.contains("tz") || typeName.contains("time zone") ? INSTANT : LOCAL_TIMESTAMP;
            default -> throw new IllegalStateException("column " + meta.getTableName(column) + "."
                    + meta.getColumnName(column) + " has type " + typeName + ", which backups do not handle yet");
        };
    }

    /** Writes the current row's value of {@code column} as the next array element. */
    public void write(JsonGenerator json, ResultSet rs, int column) throws SQLException {
        Object value = switch (this) {
            case INTEGER, BIGINT -> rs.getLong(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case DOUBLE -> rs.getDouble(column);
            case BOOLEAN -> rs.getBoolean(column);
            case TEXT -> rs.getString(column);
            case DATE -> rs.getObject(column, LocalDate.class);
            case INSTANT -> rs.getObject(column, OffsetDateTime.class);
            case LOCAL_TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
        };
        if (value == null || rs.wasNull()) {
            json.writeNull();
            return;
        }
        switch (this) {
            case INTEGER, BIGINT -> json.write((Long) value);
            case DECIMAL -> json.write((BigDecimal) value);
            case DOUBLE -> json.write((Double) value);
            case BOOLEAN -> json.write((Boolean) value);
            case INSTANT -> json.write(((OffsetDateTime) value).toInstant().toString());
            default -> json.write(value.toString());
        }
    }

    /** Sets parameter {@code index} from a backup value; a value of the wrong kind is refused. */
    public void bind(PreparedStatement statement, int index, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setInt(index, number(value).intValueExact());
            case BIGINT -> statement.setLong(index, number(value).longValueExact());
            case DECIMAL -> statement.setBigDecimal(index, number(value).bigDecimalValue());
            case DOUBLE -> statement.setDouble(index, number(value).doubleValue());
            case BOOLEAN -> statement.setBoolean(index, bool(value));
            case TEXT -> statement.setString(index, text(value));
            case DATE -> statement.setObject(index, LocalDate.parse(text(value)));
            case INSTANT -> statement.setObject(index, Instant.parse(text(value)).atOffset(ZoneOffset.UTC));
            case LOCAL_TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text(value)));
        }
    }

    /** The id a backup value stands for, in a column that points at another table. */
    public static long id(JsonValue value) {
        return number(value).longValueExact();
    }

    private static JsonNumber number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n;
        }
        throw new IllegalArgumentException("a number was expected, not " + value);
    }

    private static boolean bool(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new IllegalArgumentException("true or false was expected, not " + value);
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException("a string was expected, not " + value);
    }
}
