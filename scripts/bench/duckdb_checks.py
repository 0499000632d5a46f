"""DuckDB doing statpipe's checks on the bench corpus (SPEC §8's outside yardstick).

Usage: duckdb_checks.py THREADS DISTRICTS_CSV ECONOMIC_ACCOUNTS_CSV...

One parse of every file into a typed table, then the checks statpipe runs on
economic_accounts: types, the sector enum, minimum 0, the primary key, the foreign key to
districts, and the group-by behind the growth tables. Prints one line of counts, so that a
run that skipped work would show it.
"""
import sys

import duckdb

threads, districts, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
db = duckdb.connect()
db.execute(f"SET threads = {threads}")
db.execute("SET preserve_insertion_order = false")
db.execute(
    """
    CREATE TABLE accounts AS
    SELECT district_code, unit_id, period, sector,
           TRY_CAST(value_current AS DECIMAL(18, 3)) AS value_current,
           TRY_CAST(value_constant AS DECIMAL(18, 3)) AS value_constant,
           value_current AS raw_current, value_constant AS raw_constant
    FROM read_csv(?, header = true, all_varchar = true, quote = '"', escape = '"')
    """,
    [files],
)
checks = db.execute(
    """
    SELECT count(*),
           count(*) FILTER (WHERE value_constant IS NULL OR (value_current IS NULL AND raw_current <> '')),
           count(*) FILTER (WHERE sector NOT IN ('agriculture', 'industry', 'services', 'taxes')),
           count(*) FILTER (WHERE NOT regexp_full_match(period, '[0-9]{4}-Q[1-4]')),
           count(*) FILTER (WHERE value_constant < 0 OR value_current < 0),
           count(*) - (SELECT count(*) FROM (SELECT DISTINCT district_code, unit_id, period, sector FROM accounts)),
           count(*) FILTER (WHERE district_code NOT IN (SELECT district_code FROM read_csv(?, header = true, all_varchar = true)))
    FROM accounts
    """,
    [districts],
).fetchone()
groups = db.execute(
    """
    SELECT count(*) FROM (
        SELECT district_code, period, sector, sum(value_constant), sum(value_current)
        FROM accounts GROUP BY district_code, period, sector)
    """
).fetchone()[0]
print("rows %d type %d enum %d period %d minimum %d duplicate %d foreign %d groups %d" % (*checks, groups))
