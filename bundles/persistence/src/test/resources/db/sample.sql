--liquibase formatted sql

--changeset test:1
CREATE TABLE sample (id BIGINT PRIMARY KEY, label VARCHAR(40) NOT NULL);

--changeset test:2
INSERT INTO sample (id, label) VALUES (1, 'satu');
