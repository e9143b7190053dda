-- An import copies a chunk's contacts before their customers (COPY): each customer's search document is then
-- computed once, on its insert, with its contacts already there, instead of again by each contact's trigger
-- rewriting the customer's row (a second tuple and trigram index entry per customer with contacts). The import's
-- transaction checks the contacts' reference to their customer at its commit (SET CONSTRAINTS ... DEFERRED);
-- every other write still has it checked at once.
ALTER TABLE customer_contact ALTER CONSTRAINT customer_contact_customer_code_fkey DEFERRABLE INITIALLY IMMEDIATE;
