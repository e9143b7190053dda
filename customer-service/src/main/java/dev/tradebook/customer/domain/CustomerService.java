package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.config.CompanySettings;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;

/** The use cases of the customer master. */
@ApplicationScoped
public class CustomerService {

    private final CustomerRepository customers;
    private final CompanySettings company;
    private final Clock clock;
    private final Event<CustomerRegistered> registered;

    public CustomerService(CustomerRepository customers, CompanySettings company, Clock clock,
            Event<CustomerRegistered> registered) {
        this.customers = customers;
        this.company = company;
        this.clock = clock;
        this.registered = registered;
    }

    @Transactional
    public Customer register(NewCustomer request) {
        String code = request.code() == null ? nextFreeCode() : request.code();
        if (request.code() != null && customers.findByIdOptional(code).isPresent()) {
            throw new StateConflict("customer-code-taken", "Customer code " + code + " is already taken");
        }
        String currency = request.currency() == null ? company.baseCurrency() : request.currency();
        BigDecimal limit = request.creditLimit() == null ? BigDecimal.ZERO : request.creditLimit();
        Customer customer = Customer.register(code, request.name().strip(), Money.of(limit, currency),
                request.debtorAccountGroups(), clock.instant());
        customers.persistAndFlush(customer);
        registered.fire(new CustomerRegistered(customer));
        return customer;
    }

    public Customer get(String code) {
        return customers.findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("Customer", code));
    }

    /** Prefix + sequence; a number already taken by a hand-chosen code is skipped, never reused. */
    private String nextFreeCode() {
        String code;
        do {
            code = company.customerCodePrefix() + String.format("%06d", customers.nextCodeNumber());
        } while (customers.findByIdOptional(code).isPresent());
        return code;
    }
}
