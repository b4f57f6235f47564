-- Sample schema of the lab stack: the "inventory" database every lesson uses.
-- Runs once, when the PostgreSQL volume is created (docker-entrypoint-initdb.d),
-- and in the tests that check the course's SQL samples.

CREATE SCHEMA IF NOT EXISTS inventory;

-- The role Debezium connects as: may replicate and read the sample schema.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'debezium') THEN
        CREATE ROLE debezium WITH LOGIN REPLICATION PASSWORD 'dbz';
    END IF;
END
$$;

CREATE TABLE inventory.customers (
    id          SERIAL PRIMARY KEY,
    first_name  VARCHAR(255) NOT NULL,
    last_name   VARCHAR(255) NOT NULL,
    email       VARCHAR(255) NOT NULL UNIQUE,
    phone       VARCHAR(32),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE inventory.products (
    id          SERIAL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    description VARCHAR(512),
    weight      NUMERIC(8, 3),
    price       NUMERIC(10, 2) NOT NULL DEFAULT 0
);

CREATE TABLE inventory.products_on_hand (
    product_id  INTEGER PRIMARY KEY REFERENCES inventory.products (id),
    quantity    INTEGER NOT NULL CHECK (quantity >= 0)
);

CREATE TABLE inventory.orders (
    id          SERIAL PRIMARY KEY,
    order_date  DATE NOT NULL DEFAULT current_date,
    purchaser   INTEGER NOT NULL REFERENCES inventory.customers (id),
    product_id  INTEGER NOT NULL REFERENCES inventory.products (id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    status      VARCHAR(32) NOT NULL DEFAULT 'NEW',
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Outbox table in the column names Debezium's EventRouter SMT expects by default.
CREATE TABLE inventory.outbox (
    id            UUID PRIMARY KEY,
    aggregatetype VARCHAR(255) NOT NULL,
    aggregateid   VARCHAR(255) NOT NULL,
    type          VARCHAR(255) NOT NULL,
    payload       JSONB,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Signal table for ad hoc and incremental snapshots (signal.data.collection).
CREATE TABLE inventory.debezium_signal (
    id   VARCHAR(42) PRIMARY KEY,
    type VARCHAR(32) NOT NULL,
    data VARCHAR(2048)
);

-- Heartbeat table written by heartbeat.action.query.
CREATE TABLE inventory.heartbeat (
    id INTEGER PRIMARY KEY,
    ts TIMESTAMPTZ NOT NULL DEFAULT now()
);

GRANT USAGE ON SCHEMA inventory TO debezium;
GRANT SELECT ON ALL TABLES IN SCHEMA inventory TO debezium;
GRANT INSERT, UPDATE, DELETE ON inventory.debezium_signal, inventory.heartbeat TO debezium;
ALTER DEFAULT PRIVILEGES IN SCHEMA inventory GRANT SELECT ON TABLES TO debezium;

INSERT INTO inventory.customers (first_name, last_name, email, phone) VALUES
    ('Anna',    'Ivanova',   'anna.ivanova@example.com',   '+7-900-100-0001'),
    ('Boris',   'Petrov',    'boris.petrov@example.com',   '+7-900-100-0002'),
    ('Sally',   'Thomas',    'sally.thomas@example.com',   '+1-555-010-0003'),
    ('George',  'Bailey',    'gbailey@example.com',        '+1-555-010-0004'),
    ('Edward',  'Walker',    'ed@walker.example.com',      NULL),
    ('Elena',   'Smirnova',  'elena.smirnova@example.com', '+7-900-100-0006');

INSERT INTO inventory.products (name, description, weight, price) VALUES
    ('scooter',            'Small 2-wheel scooter',                   3.140, 129.00),
    ('car battery',        '12V car battery',                         8.100, 89.90),
    ('12-pack drill bits', '12-pack of drill bits with sizes 1-12',   0.800, 19.50),
    ('hammer',             '12oz carpenter''s hammer',                0.750, 14.00),
    ('hammer',             '14oz carpenter''s hammer',                0.875, 15.50),
    ('hammer',             '16oz carpenter''s hammer',                1.000, 17.00),
    ('rocks',              'box of assorted rocks',                   5.300, 9.99),
    ('jacket',             'water resistent black wind breaker',      0.100, 59.00),
    ('spare tire',         '24 inch spare tire',                     22.200, 75.00);

INSERT INTO inventory.products_on_hand (product_id, quantity)
SELECT id, (10 - id % 7) FROM inventory.products;

INSERT INTO inventory.orders (order_date, purchaser, product_id, quantity, status) VALUES
    ('2026-01-16', 1, 1, 1, 'SHIPPED'),
    ('2026-01-17', 2, 3, 2, 'SHIPPED'),
    ('2026-02-19', 2, 2, 2, 'PAID'),
    ('2026-02-21', 3, 4, 1, 'NEW'),
    ('2026-03-01', 6, 8, 1, 'NEW');

INSERT INTO inventory.heartbeat (id) VALUES (1);
