-- The e-commerce facts of a customer that came from a web shop or a trade portal: the cart it was imported
-- from, the buyer's id or e-mail in that cart, and when. Fixed at creation.
ALTER TABLE customer
    ADD COLUMN imported_from_cart varchar(40)  CHECK (length(btrim(imported_from_cart)) BETWEEN 1 AND 40),
    ADD COLUMN cart_mapping       varchar(100) CHECK (length(btrim(cart_mapping)) BETWEEN 1 AND 100),
    ADD COLUMN imported_on        timestamptz,
    -- A cart without its buyer (or the reverse) could not be matched to the next order of that buyer.
    ADD CONSTRAINT customer_ecommerce_complete CHECK (
        (imported_from_cart IS NULL AND cart_mapping IS NULL AND imported_on IS NULL)
        OR (imported_from_cart IS NOT NULL AND cart_mapping IS NOT NULL AND imported_on IS NOT NULL));

-- One live customer per buyer of a cart: the order intake finds the buyer's customer by this pair, and two
-- intakes racing to create the same buyer end with one customer (the other gets 409).
CREATE UNIQUE INDEX customer_cart_buyer ON customer (imported_from_cart, cart_mapping)
    WHERE imported_from_cart IS NOT NULL AND deleted_at IS NULL;
