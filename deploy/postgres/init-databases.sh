#!/usr/bin/env bash
# First start of the compose PostgreSQL: one database per service, each owned by a user of the same name whose
# password comes from deploy/.env (<DATABASE>_DB_PASSWORD). A service never reaches another's database.
set -euo pipefail
for database in customer ledger transaction gateway; do
  password_variable="${database^^}_DB_PASSWORD"
  password="${!password_variable:?$password_variable is not set (deploy/.env)}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$database" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
