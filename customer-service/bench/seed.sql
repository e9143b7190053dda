-- :n customers (psql -v n=1000000) for the search benchmark (run against a database migrated by the service, NOT a shared one).
-- Every 10th customer has a GSTIN-shaped number, every 5th a contact; names are made of common words
-- plus an md5 fragment, so two-letter terms are unselective and md5 fragments are rare.
INSERT INTO customer (code, name, currency, status, credit_limit, version, created_at, updated_at, type,
                      corporate, address_city, address_state, address_pin_code, address_phone1, email, salesman,
                      sales_region)
SELECT 'BN' || lpad(i::text, 8, '0'),
       (ARRAY['Sharma', 'Patel', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Das', 'Singh'])[1 + i % 8] || ' '
           || (ARRAY['Traders', 'Wholesale', 'Enterprises', 'Distributors', 'Agencies'])[1 + i % 5] || ' '
           || substr(md5(i::text), 1, 8),
       'INR', CASE WHEN i % 20 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END, 0, 0,
       now() - (i || ' minutes')::interval, now(), (ARRAY['CUSTOMER', 'DEALER', 'DISTRIBUTOR', 'OEM'])[1 + i % 4],
       NULL, (ARRAY['PUNE', 'MUMBAI', 'CHENNAI', 'KOLKATA'])[1 + i % 4],
       (ARRAY['IN-MH', 'IN-MH', 'IN-TN', 'IN-WB'])[1 + i % 4],
       lpad((400000 + i % 99999)::text, 6, '0'), '+91 98' || lpad(i::text, 8, '0'),
       'buyer' || i || '@example.com', 'Salesman ' || i % 200, NULL
FROM generate_series(1, :n) i;

UPDATE customer SET gst_number = '27' || upper(translate(substr(md5(code), 1, 5), '0123456789', 'ABCDEFGHIJ'))
        || lpad((right(code, 4)), 4, '0') || 'A1Z5'
    WHERE code LIKE 'BN%' AND right(code, 1) = '0';

INSERT INTO customer_contact (customer_code, position, name, email)
SELECT code, 0, 'Contact ' || substr(md5(code || 'c'), 1, 8), 'c' || right(code, 8) || '@example.com'
FROM customer WHERE code LIKE 'BN%' AND right(code, 1) IN ('0', '5');

SELECT gin_clean_pending_list('customer_search_text_trgm');
VACUUM ANALYZE customer;
