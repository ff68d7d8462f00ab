--liquibase formatted sql
-- Login accounts of Pembina. Portable SQL: the same change sets run on H2 and PostgreSQL.

--changeset pembina:security-1-users
CREATE TABLE sec_user (
    name                VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash       VARCHAR(200) NOT NULL,
    roles               VARCHAR(100) NOT NULL,
    nip                 CHAR(18),
    unit_code           VARCHAR(40),
    disabled            BOOLEAN      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    password_changed_at TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL
);
