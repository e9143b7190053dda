-- Every document of a customer in one list, for GET /customers/{code}/transactions. outstanding is what
-- is still owed on an invoice (null for the other documents); money_in / money_out tell the direction of
-- money that actually moved.
CREATE VIEW customer_transaction AS
    SELECT 'SALES_ORDER' AS document_type, number, customer_code, currency, order_date AS document_date,
           NULL::date AS due_date, total AS amount, NULL::numeric AS outstanding, status,
           false AS money_in, false AS money_out
    FROM sales_order
    UNION ALL
    SELECT 'INVOICE', number, customer_code, currency, invoice_date, due_date, total, total - credited - allocated,
           CASE WHEN total - credited - allocated > 0 THEN 'OPEN' ELSE 'SETTLED' END, false, false
    FROM invoice
    UNION ALL
    SELECT 'CREDIT_NOTE', number, customer_code, currency, document_date, NULL, total, NULL, 'ISSUED', false, false
    FROM credit_note
    UNION ALL
    SELECT 'CASH_SALE', number, customer_code, currency, document_date, NULL, total, NULL, 'PAID', true, false
    FROM cash_sale
    UNION ALL
    SELECT 'PAYMENT', number, customer_code, currency, document_date, NULL, amount, NULL, 'RECEIVED', true, false
    FROM payment
    UNION ALL
    SELECT 'REFUND', number, customer_code, currency, document_date, NULL, amount, NULL, 'PAID_OUT', false, true
    FROM refund;
