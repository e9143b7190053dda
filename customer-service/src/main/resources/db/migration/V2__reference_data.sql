-- Reference data and configuration of the customer master: the code lists a customer picks from
-- (OD, BT, SR, PY, MOD, ST, AT), corporates, countries/states/cities, statutory captions, custom-field
-- definitions and the company's own settings. Rows are deactivated, never deleted: the history of
-- customers keeps referring to them. The application checks every rule below first and answers with
-- a problem naming the field; the constraints are the last line, for whatever bypasses the service.

CREATE TABLE reference_code (
    type        varchar(3)  NOT NULL CHECK (type IN ('OD', 'BT', 'SR', 'PY', 'MOD', 'ST', 'AT')),
    code        varchar(20) NOT NULL CHECK (code ~ '^[A-Z0-9-]{1,20}$'),
    description varchar(80) NOT NULL CHECK (length(btrim(description)) > 0),
    active      boolean     NOT NULL,
    -- Payment terms (PY) only: days from invoice date to due date.
    net_days    integer     CHECK (net_days BETWEEN 0 AND 365),
    version     bigint      NOT NULL,
    PRIMARY KEY (type, code),
    CONSTRAINT reference_code_net_days_only_for_payment_terms CHECK ((type = 'PY') = (net_days IS NOT NULL))
);

CREATE TABLE corporate (
    code    varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,20}$'),
    name    varchar(60) NOT NULL CHECK (length(btrim(name)) > 0),
    active  boolean     NOT NULL,
    version bigint      NOT NULL
);

-- ISO 3166-1 alpha-2.
CREATE TABLE country (
    code varchar(2)  PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name varchar(60) NOT NULL UNIQUE CHECK (length(btrim(name)) > 0)
);

-- Codes are ISO 3166-2 subdivision codes (IN-MH, US-NY), so they are unique across countries.
-- gst_code is the two-digit state code that opens every GSTIN of the state; India only.
CREATE TABLE state (
    code         varchar(10) PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,10}$'),
    name         varchar(60) NOT NULL CHECK (length(btrim(name)) > 0),
    country_code varchar(2)  NOT NULL REFERENCES country (code),
    gst_code     varchar(2)  CHECK (gst_code ~ '^[0-9]{2}$'),
    UNIQUE (country_code, name),
    UNIQUE (country_code, gst_code),
    CONSTRAINT state_gst_code_in_india_only CHECK ((country_code = 'IN') = (gst_code IS NOT NULL))
);

CREATE TABLE city (
    code       varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,20}$'),
    name       varchar(60) NOT NULL CHECK (length(btrim(name)) > 0),
    state_code varchar(10) NOT NULL REFERENCES state (code),
    active     boolean     NOT NULL,
    version    bigint      NOT NULL
);

CREATE INDEX city_state_code ON city (state_code);

CREATE TABLE statutory_caption (
    code      varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,20}$'),
    label     varchar(40) NOT NULL CHECK (length(btrim(label)) > 0),
    mandatory boolean     NOT NULL,
    active    boolean     NOT NULL,
    version   bigint      NOT NULL
);

-- The name is the key of the value in a customer's customFields, hence a JSON-friendly camelCase name.
CREATE TABLE custom_field_definition (
    name                 varchar(40)   PRIMARY KEY CHECK (name ~ '^[a-z][a-zA-Z0-9]{0,39}$'),
    label                varchar(60)   NOT NULL CHECK (length(btrim(label)) > 0),
    type                 varchar(10)   NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'CHOICE')),
    choices              varchar(60)[],
    required             boolean       NOT NULL,
    inherit_to_documents boolean       NOT NULL,
    active               boolean       NOT NULL,
    version              bigint        NOT NULL,
    CONSTRAINT custom_field_choices_only_for_choice CHECK (type = 'CHOICE' OR choices IS NULL),
    CONSTRAINT custom_field_choice_has_choices CHECK (type <> 'CHOICE' OR coalesce(cardinality(choices), 0) > 0),
    CONSTRAINT custom_field_choices_not_null CHECK (array_position(choices, NULL) IS NULL)
);

-- One company per deployment (ARCHITECTURE.md), so one row, pinned by id = 1.
CREATE TABLE company_settings (
    id                             smallint     PRIMARY KEY CHECK (id = 1),
    name                           varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    address_line1                  varchar(120),
    address_line2                  varchar(120),
    address_line3                  varchar(120),
    city_code                      varchar(20)  REFERENCES city (code),
    pin_code                       varchar(10),
    gstin                          varchar(15)  CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
    base_currency                  varchar(3)   NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
    customer_code_prefix           varchar(8)   NOT NULL CHECK (customer_code_prefix ~ '^[A-Z0-9]{1,8}$'),
    portal_login_for_new_customers boolean      NOT NULL,
    version                        bigint       NOT NULL
);

-- Seed data. The company row takes the base currency and the customer code prefix that the deployment
-- configured before this table existed (Flyway placeholders, see application.properties), so nothing
-- changes for a running deployment; its name is set through PUT /api/v1/settings.
INSERT INTO company_settings (id, name, base_currency, customer_code_prefix, portal_login_for_new_customers, version)
VALUES (1, 'Company name not set', '${base-currency}', '${customer-code-prefix}', false, 0);

INSERT INTO country (code, name) VALUES
    ('IN', 'India'),
    ('AE', 'United Arab Emirates'),
    ('SG', 'Singapore'),
    ('GB', 'United Kingdom'),
    ('US', 'United States');

-- Every state and union territory of India with its GST state code. Retired codes (25 Daman and Diu,
-- merged into 26 in 2020; 28 undivided Andhra Pradesh) are left out, so no new GSTIN can name them.
-- 97 (Other Territory: offshore areas) has no ISO 3166-2 code; IN-OT stands for it.
INSERT INTO state (code, name, country_code, gst_code) VALUES
    ('IN-JK', 'Jammu and Kashmir', 'IN', '01'),
    ('IN-HP', 'Himachal Pradesh', 'IN', '02'),
    ('IN-PB', 'Punjab', 'IN', '03'),
    ('IN-CH', 'Chandigarh', 'IN', '04'),
    ('IN-UK', 'Uttarakhand', 'IN', '05'),
    ('IN-HR', 'Haryana', 'IN', '06'),
    ('IN-DL', 'Delhi', 'IN', '07'),
    ('IN-RJ', 'Rajasthan', 'IN', '08'),
    ('IN-UP', 'Uttar Pradesh', 'IN', '09'),
    ('IN-BR', 'Bihar', 'IN', '10'),
    ('IN-SK', 'Sikkim', 'IN', '11'),
    ('IN-AR', 'Arunachal Pradesh', 'IN', '12'),
    ('IN-NL', 'Nagaland', 'IN', '13'),
    ('IN-MN', 'Manipur', 'IN', '14'),
    ('IN-MZ', 'Mizoram', 'IN', '15'),
    ('IN-TR', 'Tripura', 'IN', '16'),
    ('IN-ML', 'Meghalaya', 'IN', '17'),
    ('IN-AS', 'Assam', 'IN', '18'),
    ('IN-WB', 'West Bengal', 'IN', '19'),
    ('IN-JH', 'Jharkhand', 'IN', '20'),
    ('IN-OD', 'Odisha', 'IN', '21'),
    ('IN-CG', 'Chhattisgarh', 'IN', '22'),
    ('IN-MP', 'Madhya Pradesh', 'IN', '23'),
    ('IN-GJ', 'Gujarat', 'IN', '24'),
    ('IN-DH', 'Dadra and Nagar Haveli and Daman and Diu', 'IN', '26'),
    ('IN-MH', 'Maharashtra', 'IN', '27'),
    ('IN-KA', 'Karnataka', 'IN', '29'),
    ('IN-GA', 'Goa', 'IN', '30'),
    ('IN-LD', 'Lakshadweep', 'IN', '31'),
    ('IN-KL', 'Kerala', 'IN', '32'),
    ('IN-TN', 'Tamil Nadu', 'IN', '33'),
    ('IN-PY', 'Puducherry', 'IN', '34'),
    ('IN-AN', 'Andaman and Nicobar Islands', 'IN', '35'),
    ('IN-TS', 'Telangana', 'IN', '36'),
    ('IN-AP', 'Andhra Pradesh', 'IN', '37'),
    ('IN-LA', 'Ladakh', 'IN', '38'),
    ('IN-OT', 'Other Territory', 'IN', '97'),
    ('AE-DU', 'Dubai', 'AE', NULL),
    ('SG-01', 'Central Singapore', 'SG', NULL),
    ('GB-ENG', 'England', 'GB', NULL),
    ('US-NY', 'New York', 'US', NULL);

INSERT INTO city (code, name, state_code, active, version) VALUES
    ('MUMBAI', 'Mumbai', 'IN-MH', true, 0),
    ('PUNE', 'Pune', 'IN-MH', true, 0),
    ('NAGPUR', 'Nagpur', 'IN-MH', true, 0),
    ('NASHIK', 'Nashik', 'IN-MH', true, 0),
    ('THANE', 'Thane', 'IN-MH', true, 0),
    ('AHMEDABAD', 'Ahmedabad', 'IN-GJ', true, 0),
    ('SURAT', 'Surat', 'IN-GJ', true, 0),
    ('VADODARA', 'Vadodara', 'IN-GJ', true, 0),
    ('RAJKOT', 'Rajkot', 'IN-GJ', true, 0),
    ('BENGALURU', 'Bengaluru', 'IN-KA', true, 0),
    ('MYSURU', 'Mysuru', 'IN-KA', true, 0),
    ('MANGALURU', 'Mangaluru', 'IN-KA', true, 0),
    ('CHENNAI', 'Chennai', 'IN-TN', true, 0),
    ('COIMBATORE', 'Coimbatore', 'IN-TN', true, 0),
    ('MADURAI', 'Madurai', 'IN-TN', true, 0),
    ('HYDERABAD', 'Hyderabad', 'IN-TS', true, 0),
    ('WARANGAL', 'Warangal', 'IN-TS', true, 0),
    ('NEW-DELHI', 'New Delhi', 'IN-DL', true, 0),
    ('KOLKATA', 'Kolkata', 'IN-WB', true, 0),
    ('HOWRAH', 'Howrah', 'IN-WB', true, 0),
    ('LUCKNOW', 'Lucknow', 'IN-UP', true, 0),
    ('KANPUR', 'Kanpur', 'IN-UP', true, 0),
    ('NOIDA', 'Noida', 'IN-UP', true, 0),
    ('JAIPUR', 'Jaipur', 'IN-RJ', true, 0),
    ('JODHPUR', 'Jodhpur', 'IN-RJ', true, 0),
    ('INDORE', 'Indore', 'IN-MP', true, 0),
    ('BHOPAL', 'Bhopal', 'IN-MP', true, 0),
    ('KOCHI', 'Kochi', 'IN-KL', true, 0),
    ('THIRUVANANTHAPURAM', 'Thiruvananthapuram', 'IN-KL', true, 0),
    ('VISAKHAPATNAM', 'Visakhapatnam', 'IN-AP', true, 0),
    ('VIJAYAWADA', 'Vijayawada', 'IN-AP', true, 0),
    ('LUDHIANA', 'Ludhiana', 'IN-PB', true, 0),
    ('AMRITSAR', 'Amritsar', 'IN-PB', true, 0),
    ('GURUGRAM', 'Gurugram', 'IN-HR', true, 0),
    ('FARIDABAD', 'Faridabad', 'IN-HR', true, 0),
    ('PATNA', 'Patna', 'IN-BR', true, 0),
    ('CHANDIGARH', 'Chandigarh', 'IN-CH', true, 0),
    ('BHUBANESWAR', 'Bhubaneswar', 'IN-OD', true, 0),
    ('GUWAHATI', 'Guwahati', 'IN-AS', true, 0),
    ('PANAJI', 'Panaji', 'IN-GA', true, 0),
    ('DUBAI', 'Dubai', 'AE-DU', true, 0),
    ('SINGAPORE', 'Singapore', 'SG-01', true, 0),
    ('LONDON', 'London', 'GB-ENG', true, 0),
    ('NEW-YORK', 'New York', 'US-NY', true, 0);

-- Statutory numbers an Indian distributor records for a customer besides the GSTIN. None is mandatory
-- until the company says so (PUT .../statutory-captions/{code} with "mandatory": true).
INSERT INTO statutory_caption (code, label, mandatory, active, version) VALUES
    ('PAN', 'PAN (Permanent Account Number)', false, true, 0),
    ('TAN', 'TAN (Tax Deduction Account Number)', false, true, 0),
    ('CIN', 'CIN (Corporate Identity Number)', false, true, 0),
    ('UDYAM', 'MSME (Udyam) registration number', false, true, 0);

-- Code lists that mean the same at every Indian distributor. Sales regions (SR) and main businesses (BT)
-- are each company's own and start empty; any seeded code a company does not use is deactivated.
INSERT INTO reference_code (type, code, description, active, net_days, version) VALUES
    ('OD', 'PROPRIETORSHIP', 'Sole proprietorship', true, NULL, 0),
    ('OD', 'PARTNERSHIP', 'Partnership firm', true, NULL, 0),
    ('OD', 'LLP', 'Limited liability partnership', true, NULL, 0),
    ('OD', 'PVT-LTD', 'Private limited company', true, NULL, 0),
    ('OD', 'PUBLIC-LTD', 'Public limited company', true, NULL, 0),
    ('OD', 'HUF', 'Hindu undivided family', true, NULL, 0),
    ('OD', 'TRUST', 'Trust or society', true, NULL, 0),
    ('OD', 'GOVERNMENT', 'Government body or undertaking', true, NULL, 0),
    ('PY', 'ADVANCE', 'Payment in advance', true, 0, 0),
    ('PY', 'COD', 'Cash on delivery', true, 0, 0),
    ('PY', 'NET7', '7 days from invoice date', true, 7, 0),
    ('PY', 'NET15', '15 days from invoice date', true, 15, 0),
    ('PY', 'NET30', '30 days from invoice date', true, 30, 0),
    ('PY', 'NET45', '45 days from invoice date', true, 45, 0),
    ('PY', 'NET60', '60 days from invoice date', true, 60, 0),
    ('PY', 'NET90', '90 days from invoice date', true, 90, 0),
    ('MOD', 'ROAD', 'By road (truck or tempo)', true, NULL, 0),
    ('MOD', 'RAIL', 'By rail', true, NULL, 0),
    ('MOD', 'AIR', 'By air', true, NULL, 0),
    ('MOD', 'SEA', 'By sea', true, NULL, 0),
    ('MOD', 'COURIER', 'By courier', true, NULL, 0),
    ('MOD', 'HAND', 'Hand delivery', true, NULL, 0),
    ('MOD', 'PICKUP', 'Picked up by the customer', true, NULL, 0),
    ('ST', 'EXW', 'Ex works', true, NULL, 0),
    ('ST', 'FOR', 'Free on road at destination (freight paid)', true, NULL, 0),
    ('ST', 'FOB', 'Free on board', true, NULL, 0),
    ('ST', 'CIF', 'Cost, insurance and freight', true, NULL, 0),
    ('ST', 'DAP', 'Delivered at place', true, NULL, 0),
    ('ST', 'DDP', 'Delivered duty paid', true, NULL, 0),
    ('AT', 'SAVINGS', 'Savings account', true, NULL, 0),
    ('AT', 'CURRENT', 'Current account', true, NULL, 0),
    ('AT', 'CC', 'Cash credit account', true, NULL, 0),
    ('AT', 'OD', 'Overdraft account', true, NULL, 0);
