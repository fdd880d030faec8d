-- Shared definitions from INDICATORS.md ("Periods" and "Child-level identities"),
-- as DuckDB macros every indicator can use. Loaded once per connection.

-- Working days d with a < d <= b (weekends and England and Wales bank holidays excluded).
CREATE OR REPLACE MACRO working_days_between(a, b) AS
    (SELECT wd FROM calendar WHERE day = b) - (SELECT wd FROM calendar WHERE day = a);

-- Calendar arithmetic: 2017-01-31 + 1 month = 2017-02-28.
CREATE OR REPLACE MACRO add_months(d, n) AS CAST(d + to_months(CAST(n AS INTEGER)) AS DATE);
CREATE OR REPLACE MACRO add_years(d, n) AS CAST(d + to_years(CAST(n AS INTEGER)) AS DATE);

-- Unborn at d: no birth date and an expected birth date after d, or a birth date after d.
CREATE OR REPLACE MACRO is_unborn(birth, expected, d) AS
    (birth IS NULL AND expected > d) OR (birth > d);

-- Whole years between birth and d.
CREATE OR REPLACE MACRO age_at(birth, d) AS date_sub('year', birth, d);

CREATE OR REPLACE MACRO age_band(birth, expected, d) AS CASE
    WHEN is_unborn(birth, expected, d) THEN 'Unborn'
    WHEN birth IS NULL THEN 'No DOB'
    WHEN age_at(birth, d) < 1 THEN 'Under 1'
    WHEN age_at(birth, d) <= 4 THEN '1 to 4'
    WHEN age_at(birth, d) <= 9 THEN '5 to 9'
    WHEN age_at(birth, d) <= 15 THEN '10 to 15'
    ELSE '16 to 17'
END;

-- Ethnicity group (CIN census codes); unborn takes precedence.
CREATE OR REPLACE MACRO ethnicity_group(code, unborn) AS CASE
    WHEN unborn THEN 'Unborn'
    WHEN code IN ('WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM') THEN 'White British/Irish/Other'
    WHEN code IS NULL OR code IN ('NOBT', 'REFU') THEN 'Not recorded'
    WHEN code IN ('MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB',
                  'BAFR', 'BOTH', 'CHNE', 'OOTH') THEN 'BME'
    ELSE 'Not recorded'
END;

-- Language group from the characteristics extract's school census code.
CREATE OR REPLACE MACRO language_group(code, unborn) AS CASE
    WHEN unborn THEN 'Unborn'
    WHEN code IN ('ENG', 'ENB') THEN 'English'
    WHEN code IS NULL OR trim(code) = '' OR code IN ('NOT', 'REF') THEN 'Not recorded'
    ELSE 'Non English speaking'
END;

-- Gender: GenderCurrent 1/2 (to 2023-24) or Sex M/F (2024-25 on); unborn takes precedence.
CREATE OR REPLACE MACRO gender_group(code, unborn) AS CASE
    WHEN unborn THEN 'Unborn'
    WHEN code IN ('1', 'M') THEN 'Male'
    WHEN code IN ('2', 'F') THEN 'Female'
    ELSE 'Not recorded'
END;
