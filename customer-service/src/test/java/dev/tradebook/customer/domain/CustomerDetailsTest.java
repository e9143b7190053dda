package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CustomerDetailsTest {

    private static CustomerDetails details(String salesman, BigDecimal limit, CustomerDetails.Address address) {
        return new CustomerDetails("Acme", null, CustomerType.DEALER, null, null, null, address, null, null, null,
                null, null, null, limit, null, null, null, null, null, null, salesman, null, null, List.of("DOM"),
                null, null, null, null, null).withDefaults();
    }

    @Test
    void defaultsTheOptionalParts() {
        CustomerDetails d = details(null, null, null);

        assertThat(d.creditLimit()).isZero();
        assertThat(d.creditActionOnOrder()).isEqualTo(CreditAction.STOP);
        assertThat(d.creditActionOnInvoice()).isEqualTo(CreditAction.STOP);
        assertThat(d.bank().paymentType()).isEqualTo(PaymentType.BILL_TO_BILL);
        assertThat(d.portal().loginEnabled()).isFalse();
        assertThat(d.source()).isEqualTo(CustomerSource.MANUAL);
        assertThat(d.contacts()).isEmpty();
        assertThat(d.statutoryNumbers()).isEqualTo(Map.of());
        assertThat(d.customFields()).isEqualTo(Map.of());
    }

    @Test
    void namesTheTopLevelFieldsThatChangedInApiOrder() {
        CustomerDetails before = details("Anil", BigDecimal.TEN, null);
        CustomerDetails after = details("Neha", BigDecimal.ONE, new CustomerDetails.Address("1 Road", null, null, null,
                null, null, null, null, null, null));

        assertThat(after.changedFrom(before)).containsExactly("address", "creditLimit", "salesman");
    }

    @Test
    void anAmountAtAnotherScaleIsNoChange() {
        assertThat(details("Anil", new BigDecimal("10.00"), null).changedFrom(details("Anil", BigDecimal.TEN, null)))
                .isEmpty();
    }

    @Test
    void everyComponentHasAnApiName() {
        assertThat(CustomerDetails.FIELDS).hasSize(CustomerDetails.class.getRecordComponents().length)
                .containsExactly(java.util.Arrays.stream(CustomerDetails.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
    }
}
