-- Customer search (GET /api/v1/customers?q=): the search box matches any column partially, any case.
-- Each customer keeps one lower-cased search document, search_text, built by the database on every write
-- of the customer or of one of its contacts (so every writer, whatever its path, keeps it current), and a
-- trigram GIN index over it serves "search_text LIKE '%term%'" without reading the whole table.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE customer ADD COLUMN search_text text;

-- Fields are separated by a line feed so a term rarely matches across two of them.
CREATE FUNCTION customer_search_document(c customer) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT lower(concat_ws(E'\n',
        c.code, c.name, c.corporate,
        c.address_city, (SELECT city.name FROM city WHERE city.code = c.address_city),
        c.address_state, (SELECT state.name FROM state WHERE state.code = c.address_state),
        c.address_pin_code, c.gst_number, c.address_phone1, c.address_phone2,
        c.email, c.website, c.salesman,
        (SELECT string_agg(concat_ws(E'\n', contact.name, contact.email), E'\n' ORDER BY contact.id)
           FROM customer_contact contact WHERE contact.customer_code = c.code)))
$$;

CREATE FUNCTION customer_search_text_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := customer_search_document(NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER customer_search_text BEFORE INSERT OR UPDATE ON customer
    FOR EACH ROW EXECUTE FUNCTION customer_search_text_refresh();

-- A change of a contact rewrites the search document of the customer(s) it belongs (belonged) to.
CREATE FUNCTION customer_contact_search_text_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.customer_code IS NOT NULL THEN
        UPDATE customer SET search_text = NULL WHERE code = OLD.customer_code;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.customer_code IS NOT NULL
            AND (TG_OP = 'INSERT' OR NEW.customer_code IS DISTINCT FROM OLD.customer_code
                 OR NEW.name IS DISTINCT FROM OLD.name OR NEW.email IS DISTINCT FROM OLD.email) THEN
        UPDATE customer SET search_text = NULL WHERE code = NEW.customer_code;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_contact_search_text AFTER INSERT OR UPDATE OR DELETE ON customer_contact
    FOR EACH ROW EXECUTE FUNCTION customer_contact_search_text_refresh();

-- Customers registered before this migration.
UPDATE customer SET search_text = NULL;

CREATE INDEX customer_search_text_trgm ON customer USING gin (search_text gin_trgm_ops);
-- Exact filters of the search and the sorts other than by code (the primary key).
CREATE INDEX customer_corporate ON customer (corporate);
CREATE INDEX customer_sales_region ON customer (sales_region);
CREATE INDEX customer_name_code ON customer (name, code);
