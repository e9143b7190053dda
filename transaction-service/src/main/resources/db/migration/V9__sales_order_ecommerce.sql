-- A sales order imported from an e-commerce cart: the cart (channel), the order's id in it, when it was imported.
-- Set together or not at all, at creation only; one cart order can never become two sales orders.
ALTER TABLE sales_order
    ADD COLUMN imported_from_cart varchar(40)  CHECK (length(btrim(imported_from_cart)) > 0),
    ADD COLUMN cart_mapping       varchar(100) CHECK (length(btrim(cart_mapping)) > 0),
    ADD COLUMN imported_on        timestamptz,
    ADD CONSTRAINT sales_order_ecommerce_all_or_none CHECK (
        (imported_from_cart IS NULL) = (cart_mapping IS NULL) AND (imported_from_cart IS NULL) = (imported_on IS NULL)),
    ADD CONSTRAINT sales_order_cart_order UNIQUE (imported_from_cart, cart_mapping);
