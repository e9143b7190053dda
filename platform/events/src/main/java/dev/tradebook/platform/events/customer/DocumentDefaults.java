package dev.tradebook.platform.events.customer;

import java.util.Map;

/**
 * What a sales document copies from its customer at creation: the default billing and shipping
 * addresses, where order and invoice e-mails go, shipment and payment terms (with the days that make
 * an invoice's due date), and the custom fields whose definition says {@code inheritToDocuments}.
 */
public record DocumentDefaults(
        PostalAddress billingAddress,
        PostalAddress shippingAddress,
        String orderEmail,
        String invoiceEmail,
        String shipmentTerms,
        String shipmentVia,
        String modeOfDispatch,
        Integer paymentTermDays,
        Map<String, Object> inheritedCustomFields) {

    public DocumentDefaults {
        inheritedCustomFields = inheritedCustomFields == null ? Map.of() : Map.copyOf(inheritedCustomFields);
    }
}
